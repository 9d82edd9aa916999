package org.latentexplorer.training.mxnet;

import ai.djl.mxnet.engine.MxNDArray;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import org.latentexplorer.training.ParameterUpdater;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam as DJL's {@code Adam} computes it (β₁ 0.9, β₂ 0.999, ε 1e-8, bias correction folded into the step
 * size), in few native calls. Each large tensor gets its own {@code adam_update} (DJL's operator): there the
 * kernel's time dominates, and {@code _multi_adamw_update}'s kernel is slower on large tensors. The small
 * tensors, where the per-call cost dominates, share {@code _multi_adamw_update} calls (MXNet's AdamW with
 * weight decay 0 and η 1 is exactly that update). For the course's MLPs: 3 calls instead of 8 or 16.
 */
final class FusedAdam implements ParameterUpdater {
    /** Tensors of at least this many values are updated alone; at most MAX_GROUP small tensors per call. */
    private static final int LARGE = 32_768, MAX_GROUP = 24;
    private static final float BETA1 = 0.9f, BETA2 = 0.999f;
    private static final String[] MULTI_KEYS = {"lrs", "wds", "etas", "beta1", "beta2", "epsilon", "clip_gradient", "num_weights"};
    private static final String[] SINGLE_KEYS = {"lr", "beta1", "beta2", "epsilon", "wd", "rescale_grad", "clip_gradient", "lazy_update"};
    private final NDArray[] weights;
    private final NDArray[] means;
    private final NDArray[] variances;
    private final NDArray rescale;
    private final float learningRate;
    private final List<Group> groups = new ArrayList<>();
    private int t;

    /**
     * One call: the parameters' indices, its input handles (gradients filled per step), its outputs;
     * {@code multi} for a shared {@code _multi_adamw_update} call, else one {@code adam_update}.
     */
    private record Group(boolean multi, int[] members, Pointer[] inputs, Memory outputs, String[] values) {}

    FusedAdam(NDArray[] weights, float learningRate, NDManager manager) {
        if (MxLib.MULTI_ADAMW == null || MxLib.ADAM == null) throw new IllegalStateException("no Adam operators");
        this.weights = weights;
        this.learningRate = learningRate;
        means = new NDArray[weights.length];
        variances = new NDArray[weights.length];
        for (int i = 0; i < weights.length; i++) {
            means[i] = weights[i].zerosLike();
            variances[i] = weights[i].zerosLike();
        }
        rescale = manager.create(new float[] {1f});
        List<Integer> small = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].size() >= LARGE) groups.add(group(false, List.of(i)));
            else small.add(i);
        }
        for (int from = 0; from < small.size(); from += MAX_GROUP) {
            groups.add(group(true, small.subList(from, Math.min(small.size(), from + MAX_GROUP))));
        }
    }

    private Group group(boolean multi, List<Integer> members) {
        int count = members.size();
        Pointer[] inputs = new Pointer[4 * count + (multi ? 1 : 0)];
        Memory outputs = new Memory((long) com.sun.jna.Native.POINTER_SIZE * count);
        for (int k = 0; k < count; k++) {
            int i = members.get(k);
            outputs.setPointer((long) k * com.sun.jna.Native.POINTER_SIZE, ((MxNDArray) weights[i]).getHandle());
            inputs[4 * k] = ((MxNDArray) weights[i]).getHandle();
            inputs[4 * k + 2] = ((MxNDArray) means[i]).getHandle();
            inputs[4 * k + 3] = ((MxNDArray) variances[i]).getHandle();
        }
        if (multi) inputs[4 * count] = ((MxNDArray) rescale).getHandle();
        // Every value but the step size (first) is the same at every step.
        String[] values = multi
                ? new String[] {null, repeat("0", count), repeat("1", count), Float.toString(BETA1),
                        Float.toString(BETA2), "1e-08", "-1", Integer.toString(count)}
                : new String[] {null, Float.toString(BETA1), Float.toString(BETA2), "1e-08", "0", "1", "-1", "True"};
        return new Group(multi, members.stream().mapToInt(Integer::intValue).toArray(), inputs, outputs, values);
    }

    @Override
    public void update(NDArray[] gradients) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t), c2 = 1 - Math.pow(BETA2, t);
        float step = (float) (learningRate * Math.sqrt(c2) / c1);
        if (!Float.isFinite(step)) throw new IllegalStateException("learning rate is not finite");
        String stepText = Float.toString(step);
        for (Group g : groups) {
            int count = g.members.length;
            for (int k = 0; k < count; k++) g.inputs[4 * k + 1] = ((MxNDArray) gradients[g.members[k]]).getHandle();
            g.values[0] = g.multi ? repeat(stepText, count) : stepText;
            String[] keys = g.multi ? MULTI_KEYS : SINGLE_KEYS;
            IntBuffer outputs = IntBuffer.allocate(1).put(0, count);
            PointerByReference outputArray = new PointerByReference(g.outputs);
            MxLib.check(MxLib.LIB.MXImperativeInvokeEx(g.multi ? MxLib.MULTI_ADAMW : MxLib.ADAM, g.inputs.length, g.inputs,
                    outputs, outputArray, keys.length, keys, g.values, new PointerByReference()));
        }
    }

    private static String repeat(String value, int count) {
        StringBuilder sb = new StringBuilder(count * (value.length() + 1) + 2).append('(');
        for (int i = 0; i < count; i++) sb.append(value).append(',');
        return sb.append(')').toString();
    }

    @Override
    public String describe() {
        return "grouped Adam (" + groups.size() + " native call" + (groups.size() == 1 ? "" : "s") + " per step for "
                + weights.length + " parameters)";
    }

    @Override
    public void close() {
        for (NDArray a : means) a.close();
        for (NDArray a : variances) a.close();
        rescale.close();
    }
}
