package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;

/**
 * The plain autoencoder: the encoder outputs the code itself and the loss is the reconstruction, plus the spec's
 * sparsity penalty on the code (a sparse AE). Denoising, tied weights, a linear AE (PCA), convolutional and LSTM
 * layers are options of the spec that this family trains as they are.
 */
class PlainFamily implements ModelFamily {
    @Override
    public String labelKey() {
        return "train.kind.ae";
    }

    @Override
    public NDArray loss(Autoencoder model, NDArray input, NDArray target, boolean training) {
        NDArray code = model.encodeRaw(input, training);
        NDArray loss = model.reconstructionLoss(model.decodeLogits(code, training), target);
        Sparsity sparsity = model.spec().sparsity();
        return sparsity.type() == Sparsity.Type.NONE ? loss : loss.add(sparsity.penalty(code));
    }
}
