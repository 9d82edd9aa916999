#!/usr/bin/env python3
"""Writes the large inputs of docs/performance.md ("Loading datasets") from the bundled MNIST, tiled to 70,000
images: a Kaggle-style mnist_train.csv/mnist_test.csv, Keras-style .npz files (stored, compressed, float32) and a
folder of 10,000 PNGs (one sub-folder per class). Needs numpy only. Usage: dataset-samples.py OUT_DIR"""
import gzip, os, struct, sys, zlib
import numpy as np

def idx(path):
    d = gzip.open(path).read()
    nd = d[3]
    dims = [int.from_bytes(d[4 + 4 * i:8 + 4 * i], 'big') for i in range(nd)]
    return np.frombuffer(d[4 + 4 * nd:], dtype=np.uint8).reshape(dims)

def png(path, img):
    # an 8-bit grayscale PNG without PIL: IHDR, one IDAT of filter-0 rows, IEND
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    h, w = img.shape
    raw = b''.join(b'\x00' + img[y].tobytes() for y in range(h))
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
root = os.path.join(os.path.dirname(__file__), '..', 'assets', 'datasets', 'mnist')
x = np.concatenate([idx(os.path.join(root, f'{s}-images-idx3-ubyte.gz')) for s in ('train', 'test')])
y = np.concatenate([idx(os.path.join(root, f'{s}-labels-idx1-ubyte.gz')) for s in ('train', 'test')])
X, Y = np.tile(x, (7, 1, 1)), np.tile(y, 7)  # 70,000
tr, te = slice(0, 60000), slice(60000, 70000)
np.savez(f'{out}/mnist70k.npz', x_train=X[tr], y_train=Y[tr].astype(np.int64), x_test=X[te], y_test=Y[te].astype(np.int64))
np.savez_compressed(f'{out}/mnist70k_compressed.npz', x_train=X[tr], y_train=Y[tr], x_test=X[te], y_test=Y[te])
np.savez(f'{out}/mnist70k_f32.npz', x_train=(X[tr] / 255).astype(np.float32), y_train=Y[tr],
         x_test=(X[te] / 255).astype(np.float32), y_test=Y[te])
header = 'label,' + ','.join(f'{i // 28 + 1}x{i % 28 + 1}' for i in range(784))
for name, s in (('mnist_train.csv', tr), ('mnist_test.csv', te)):
    rows = np.concatenate([Y[s, None].astype(np.int64), X[s].reshape(-1, 784)], axis=1)
    np.savetxt(f'{out}/{name}', rows, fmt='%d', delimiter=',', header=header, comments='')
for n in range(10000):
    d = os.path.join(out, 'pngs', str(y[n]))
    os.makedirs(d, exist_ok=True)
    png(os.path.join(d, f'{n:05d}.png'), x[n])
