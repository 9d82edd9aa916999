package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Read a dataset as train would and describe it: format, splits, image size, classes, what was done "
                + "to it (split, resize, grayscale) on stderr, load time and heap in use. One JSON line goes to stdout.")
final class DatasetCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--dataset", required = true, description = "mnist, fashion-mnist, or a path: an IDX or image folder, .csv, .npz or .npy")
    String dataset;
    @Option(names = "--image-size", paramLabel = "HxW", description = "resize pictures of an image folder to this size (default: their most common size)")
    String imageSize;

    @Override
    public Integer call() throws Exception {
        Runtime rt = Runtime.getRuntime();
        long start = System.nanoTime();
        ImageDataset data = Inputs.dataset(dataset, DatasetTexts.options(imageSize));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        DatasetTexts.notes(data).forEach(command.commandLine().getErr()::println);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", data.name());
        out.put("path", data.source().path().toString());
        out.put("format", data.source().format());
        out.put("train_images", data.train().count());
        out.put("test_images", data.test().count());
        out.put("height", data.height());
        out.put("width", data.width());
        out.put("channels", data.channels());
        out.put("classes", data.classNames());
        out.put("sha256", data.source().sha256());
        out.put("seconds", Json.round(seconds, 3));
        out.put("heap_mb_after_load", heap >> 20);
        command.commandLine().getOut().println(Json.line(out));
        return 0;
    }
}
