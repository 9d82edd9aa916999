package org.latentexplorer.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.function.BinaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconstructionKernelsTest {
    private record ValueAndGradient(float value, float[] gradient) {}

    private static ValueAndGradient run(NDManager m, NDArray logitsValue, NDArray x, BinaryOperator<NDArray> loss) {
        try (NDManager scope = m.newSubManager()) {
            NDArray logits = logitsValue.duplicate();
            logits.attach(scope);
            logits.setRequiresGradient(true);
            float value;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray l = loss.apply(logits, x);
                assertEquals(new Shape(), l.getShape(), "a scalar, as the numpy sum gives");
                collector.backward(l);
                value = l.getFloat();
            }
            return new ValueAndGradient(value, logits.getGradient().toFloatArray());
        }
    }

    @Test
    void crossEntropyAndSquaredErrorMatchTheTextbookFormulasAndTheirGradients() {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(7);
            NDArray logits = m.randomNormal(0, 3, new Shape(16, 784), ai.djl.ndarray.types.DataType.FLOAT32);
            NDArray x = m.randomUniform(0, 1, new Shape(16, 784));
            assertTrue(ReconstructionKernels.available(x));

            ValueAndGradient bce = run(m, logits, x, ReconstructionKernels::binaryCrossEntropySum);
            ValueAndGradient bceReference = run(m, logits, x,
                    (l, t) -> ai.djl.nn.Activation.softPlus(l).sub(l.mul(t)).sum());
            assertEquals(bceReference.value(), bce.value(), Math.abs(bceReference.value()) * 1e-5);
            assertArrayEquals(bceReference.gradient(), bce.gradient(), 1e-5f);

            ValueAndGradient mse = run(m, logits, x,
                    (l, t) -> ReconstructionKernels.squaredErrorSum(ReconstructionKernels.sigmoid(l), t));
            ValueAndGradient mseReference = run(m, logits, x, (l, t) -> {
                NDArray d = ai.djl.nn.Activation.sigmoid(l).sub(t);
                return d.mul(d).sum();
            });
            assertEquals(mseReference.value(), mse.value(), Math.abs(mseReference.value()) * 1e-5);
            assertArrayEquals(mseReference.gradient(), mse.gradient(), 1e-5f);
        }
    }

    @Test
    void imagesShapedAsPicturesAreComparedPixelForPixel() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray output = m.create(new float[] {0.2f, 0.4f, 0.6f, 0.8f}, new Shape(1, 1, 2, 2));
            NDArray x = m.create(new float[] {0f, 1f, 1f, 0f}, new Shape(1, 4));
            float expected = 0.04f + 0.36f + 0.16f + 0.64f;
            assertEquals(expected, ReconstructionKernels.squaredErrorSum(output, x).getFloat(), 1e-6);
        }
    }
}
