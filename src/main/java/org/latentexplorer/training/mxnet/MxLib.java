package org.latentexplorer.training.mxnet;

import ai.djl.mxnet.jna.LibUtils;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import java.nio.IntBuffer;
import java.util.Map;

/** The few MXNet C functions DJL does not expose in a usable form, bound through JNA on first use. */
final class MxLib {
    interface C extends Library {
        int NNGetOpHandle(String name, PointerByReference out);

        int MXNDArraySlice64(Pointer handle, long begin, long end, PointerByReference out);

        int MXImperativeInvokeEx(Pointer creator, int numInputs, Pointer[] inputs, IntBuffer numOutputs,
                                 PointerByReference outputs, int numParams, String[] keys, String[] values,
                                 PointerByReference outStorageTypes);

        String MXGetLastError();
    }

    static final C LIB = com.sun.jna.Native.load(LibUtils.getLibName(), C.class, Map.of(Library.OPTION_OPEN_FLAGS, 1));
    static final Pointer MULTI_ADAMW = opHandle("_multi_adamw_update");
    static final Pointer ADAM = opHandle("adam_update");

    private MxLib() {}

    private static Pointer opHandle(String name) {
        PointerByReference ref = new PointerByReference();
        check(LIB.NNGetOpHandle(name, ref));
        if (ref.getValue() == null) throw new IllegalStateException("MXNet has no operator " + name);
        return ref.getValue();
    }

    static void check(int status) {
        if (status != 0) throw new IllegalStateException("MXNet call failed: " + LIB.MXGetLastError());
    }
}
