package org.latentexplorer.training.mxnet;

import ai.djl.mxnet.engine.MxNDArray;
import ai.djl.mxnet.engine.MxNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import com.sun.jna.ptr.PointerByReference;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.training.Acceleration;
import org.latentexplorer.training.CompiledLoss;
import org.latentexplorer.training.ParameterUpdater;
import org.latentexplorer.training.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * MXNet's shortcuts for the training loop (docs/performance.md has the measurements): the loss traced into one
 * {@code CachedOp} ({@link TracedLoss}), Adam in a few grouped native calls ({@link FusedAdam}), and batches as
 * views of the shuffled split ({@code MXNDArraySlice64}). Each declines when MXNet cannot do it, and the loop then
 * uses plain DJL.
 */
public final class MxnetAcceleration implements Acceleration {
    private static final Logger LOG = LoggerFactory.getLogger(MxnetAcceleration.class);

    @Override
    public CompiledLoss compileLoss(Autoencoder model, NDArray images, int rows, List<Parameter> parameters,
                                    NDArray[] gradients) {
        return TracedLoss.trace(model, images, rows, parameters, gradients);
    }

    @Override
    public ParameterUpdater updater(TrainingConfig config, NDArray[] weights, NDManager manager) {
        if (config.optimizer() != TrainingConfig.Optimizer.ADAM) return null;
        try {
            return new FusedAdam(weights, (float) config.learningRate(), manager);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("grouped Adam unavailable ({}); updating parameter by parameter", e.getMessage());
            return null;
        }
    }

    /**
     * One C call (MXNDArraySlice64), no operator and no copy, where {@code get(NDIndex)} costs an operator and a few
     * hundred µs of Java per batch.
     */
    @Override
    public NDArray rows(NDArray data, int from, int count, NDManager scope) {
        if (data instanceof MxNDArray mx && scope instanceof MxNDManager mxScope) {
            try {
                PointerByReference view = new PointerByReference();
                MxLib.check(MxLib.LIB.MXNDArraySlice64(mx.getHandle(), from, (long) from + count, view));
                return mxScope.create(view.getValue());
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("no MXNDArraySlice64 ({}); slicing with an operator", e.getMessage());
            }
        }
        return null;
    }
}
