#!/usr/bin/env python3
"""Builds the ONNX test fixtures of the ONNX import (docs/import.md): the course's two models, small runs and
seeded, trained briefly on the bundled MNIST and exported with torch.onnx.export as separate encoder and
decoder files, plus reference.json with what the exporting models compute, for the tests to match to 1e-4.

  ae-encoder.onnx   784-128-64-12-3 tanh autoencoder's encoder:  image (N, 784)       -> code (N, 3)
  ae-decoder.onnx   its decoder:                                  code (N, 3)          -> image (N, 784), sigmoid
  vae-encoder.onnx  784-400-2 VAE's encoder:                      image (N, 1, 28, 28) -> mu (N, 2), logvar (N, 2)
  vae-decoder.onnx  its decoder:                                  z (N, 2)             -> image (N, 1, 28, 28)

The VAE takes and gives N x 1 x 28 x 28 images so the tests cover both input layouts the app accepts.
reference.json: for each model the codes (VAE: mu and logvar) of the first 64 test images, and the decode of
the first image's code.

Needs Debian's python3-torch (and numpy). Usage: /usr/bin/python3 scripts/make-onnx-fixtures.py [OUT_DIR]
(default src/test/resources/onnx).
"""
import gzip, json, os, struct, sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'src', 'test', 'resources', 'onnx')
MNIST = os.path.join(ROOT, 'assets', 'datasets', 'mnist')
TRAIN_IMAGES = 8000  # all the bundled training images, a brief run: the fixtures test the import, not the model
EPOCHS = int(os.environ.get('EPOCHS', 2))  # EPOCHS=10 for a model worth looking at (docs/import.md)


def idx(name):
    with gzip.open(os.path.join(MNIST, name)) as f:
        data = f.read()
    zero, dtype, ndim = struct.unpack('>HBB', data[:4])
    assert zero == 0 and dtype == 0x08, name + ': not an unsigned-byte IDX file'
    dims = struct.unpack('>' + 'I' * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def pixels(name, count):
    images = idx(name)[:count]
    return torch.tensor(images.reshape(len(images), 784).astype(np.float32) / 255.0)


class Encoder(nn.Module):  # the course's 784-128-64-12-3 tanh encoder
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(784, 128), nn.Tanh(), nn.Linear(128, 64), nn.Tanh(),
                                 nn.Linear(64, 12), nn.Tanh(), nn.Linear(12, 3))

    def forward(self, x):
        return self.net(x)


class Decoder(nn.Module):  # mirrored, sigmoid pixels in [0, 1]
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(3, 12), nn.Tanh(), nn.Linear(12, 64), nn.Tanh(),
                                 nn.Linear(64, 128), nn.Tanh(), nn.Linear(128, 784), nn.Sigmoid())

    def forward(self, z):
        return self.net(z)


class VaeEncoder(nn.Module):  # 784-400 ReLU -> (mu, logvar) of size 2; takes N x 1 x 28 x 28
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(784, 400)
        self.mu = nn.Linear(400, 2)
        self.logvar = nn.Linear(400, 2)

    def forward(self, x):
        h = F.relu(self.hidden(x.reshape(x.shape[0], 784)))
        return self.mu(h), self.logvar(h)


class VaeDecoder(nn.Module):  # 2-400 ReLU-784 sigmoid; gives N x 1 x 28 x 28
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 400)
        self.out = nn.Linear(400, 784)

    def forward(self, z):
        return torch.sigmoid(self.out(F.relu(self.hidden(z)))).reshape(z.shape[0], 1, 28, 28)


def train(params, loss_of, x, batch, lr):
    opt = torch.optim.Adam(params, lr=lr)
    for epoch in range(EPOCHS):
        order = torch.randperm(len(x))
        for i in range(0, len(x), batch):
            opt.zero_grad()
            loss = loss_of(x[order[i:i + batch]])
            loss.backward()
            opt.step()
        print(f'epoch {epoch + 1}: loss {loss.item():.4f}')


def export(module, example, path, inputs, outputs):
    module.eval()
    batch = {name: {0: 'n'} for name in inputs + outputs}
    torch.onnx.export(module, example, path, input_names=inputs, output_names=outputs, dynamic_axes=batch)
    print(path, os.path.getsize(path), 'bytes')


def floats(t):
    return [float(v) for v in t.detach().reshape(-1).tolist()]


def main():
    torch.manual_seed(7)
    os.makedirs(OUT, exist_ok=True)
    x = pixels('train-images-idx3-ubyte.gz', TRAIN_IMAGES)
    test = pixels('test-images-idx3-ubyte.gz', 64)

    enc, dec = Encoder(), Decoder()
    train(list(enc.parameters()) + list(dec.parameters()), lambda b: F.mse_loss(dec(enc(b)), b), x, 64, 0.005)
    export(enc, torch.zeros(1, 784), os.path.join(OUT, 'ae-encoder.onnx'), ['image'], ['code'])
    export(dec, torch.zeros(1, 3), os.path.join(OUT, 'ae-decoder.onnx'), ['code'], ['image'])

    venc, vdec = VaeEncoder(), VaeDecoder()

    def vae_loss(b):
        mu, logvar = venc(b)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        bce = F.binary_cross_entropy(vdec(z).reshape(-1, 784), b, reduction='sum')
        kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
        return (bce + kl) / len(b)

    train(list(venc.parameters()) + list(vdec.parameters()), vae_loss, x, 128, 1e-3)
    export(venc, torch.zeros(1, 1, 28, 28), os.path.join(OUT, 'vae-encoder.onnx'), ['image'], ['mu', 'logvar'])
    export(vdec, torch.zeros(1, 2), os.path.join(OUT, 'vae-decoder.onnx'), ['z'], ['image'])

    with torch.no_grad():
        codes = enc(test)
        mu, logvar = venc(test.reshape(64, 1, 28, 28))
        reference = {
            'images': 'the first 64 test images of assets/datasets/mnist, pixels / 255',
            'ae': {'codes': floats(codes), 'decodedFirst': floats(dec(codes[:1]))},
            'vae': {'mu': floats(mu), 'logvar': floats(logvar), 'decodedFirst': floats(vdec(mu[:1]))},
        }
    with open(os.path.join(OUT, 'reference.json'), 'w') as f:
        json.dump(reference, f)
    print(os.path.join(OUT, 'reference.json'), 'written')


if __name__ == '__main__':
    main()
