package org.latentexplorer.engine.onnx;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.onnxruntime.engine.OrtNDManager;
import ai.djl.onnxruntime.engine.OrtSymbolBlock;
import ai.djl.training.ParameterStore;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import org.latentexplorer.data.BadFileException;
import org.latentexplorer.model.EngineFailures;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ONNX graph (an encoder or a decoder) in DJL's ONNX Runtime engine: the session, its declared inputs and
 * outputs, and a run of float32 tensors in and out.
 *
 * <p>Threads: ONNX Runtime documents {@code OrtSession.run} as safe to call from several threads, but the
 * app does not rely on it: {@code ModelService} runs every graph on its one engine thread, like MXNet's work,
 * so a decode can never race the release of its model.
 */
final class OnnxGraph implements AutoCloseable {
    /** DJL's name of the engine. MXNet stays DJL's default (it ranks first; OnnxImportTest checks it), so nothing else changes. */
    static final String ENGINE = "OnnxRuntime";

    private final OrtSession session;
    private final OrtNDManager manager;
    private final OrtSymbolBlock block;
    private final List<OnnxLayout.Port> inputs, outputs;

    private OnnxGraph(OrtSession session, OrtNDManager manager) throws OrtException {
        this.session = session;
        this.manager = manager;
        this.block = new OrtSymbolBlock(session, manager);
        this.inputs = ports(session.getInputInfo());
        this.outputs = ports(session.getOutputInfo());
    }

    /** Loads a graph from its bytes; {@code file} names it in messages. */
    static OnnxGraph load(Path file, byte[] bytes) throws BadFileException {
        OrtNDManager manager = (OrtNDManager) Engine.getEngine(ENGINE).newBaseManager();
        OrtSession session = null;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            session = OrtEnvironment.getEnvironment().createSession(bytes, options);
            return new OnnxGraph(session, manager);
        } catch (OrtException | RuntimeException e) {
            try {
                if (session != null) session.close();
            } catch (OrtException ignored) {
                // the load failed already; that is what the user is told
            }
            manager.close();
            throw new BadFileException(file, "onnx.unreadable", e, EngineFailures.oneLine(e));
        }
    }

    List<OnnxLayout.Port> inputs() {
        return inputs;
    }

    List<OnnxLayout.Port> outputs() {
        return outputs;
    }

    /** Runs the graph on one float32 tensor of {@code shape}; every output by name, flattened. */
    Map<String, float[]> run(float[] values, long[] shape) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(FloatBuffer.wrap(values), new Shape(shape), DataType.FLOAT32);
            NDList out = block.forward(new ParameterStore(scope, false), new NDList(x), false);
            Map<String, float[]> byName = new HashMap<>();
            for (NDArray o : out) byName.put(o.getName(), o.toFloatArray());
            return byName;
        }
    }

    private static List<OnnxLayout.Port> ports(Map<String, NodeInfo> info) {
        List<OnnxLayout.Port> ports = new ArrayList<>();
        for (NodeInfo n : info.values()) {
            if (n.getInfo() instanceof TensorInfo t) {
                ports.add(new OnnxLayout.Port(n.getName(), t.getShape(), t.type.name()));
            } else {
                ports.add(new OnnxLayout.Port(n.getName(), new long[0], n.getInfo().getClass().getSimpleName()));
            }
        }
        return ports;
    }

    @Override
    public void close() {
        block.close(); // closes the session
        manager.close();
    }
}
