package org.latentexplorer.engine;

import ai.djl.util.Utils;
import org.latentexplorer.app.CacheFolders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Points DJL at this platform's MXNet natives when the app runs from the shaded jar. DJL normally finds them
 * through {@code native/lib/mxnet.properties}, but each platform's native jar has its own file at that path, so
 * the one jar for Linux, Windows and macOS leaves them out ({@code pom.xml}) and carries the three file lists in
 * {@code mxnet-natives.properties}. This class unpacks the running platform's libraries once into the folder DJL
 * itself would use ({@code ~/.djl.ai/mxnet/VERSION-mkl-CLASSIFIER}, or under {@code DJL_CACHE_DIR}) and sets
 * {@code MXNET_LIBRARY_PATH}, which DJL checks first. In development, where the native jar is on the classpath
 * as it is, nothing is done.
 */
public final class MxnetNatives {
    static final String LIBRARY_PATH = "MXNET_LIBRARY_PATH";
    private static final String LISTS = "mxnet-natives.properties";

    private MxnetNatives() {}

    /** Before the first NDArray; cheap after the first start (one file exists check). */
    public static synchronized void prepare() {
        if (Utils.getEnvOrSystemProperty(LIBRARY_PATH) != null) return;
        if (MxnetNatives.class.getClassLoader().getResource("native/lib/mxnet.properties") != null) return;
        Properties lists = lists();
        Optional<String> classifier = classifier(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (classifier.isEmpty() || lists.getProperty(classifier.get()) == null) return; // DJL reports the platform
        Path dir = Utils.getEngineCacheDir("mxnet").resolve(lists.getProperty("version") + "-mkl-" + classifier.get());
        List<String> files = List.of(lists.getProperty(classifier.get()).split(","));
        try {
            if (!allPresent(dir, files)) unpack(dir, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack MXNet's native libraries into " + dir, e);
        }
        System.setProperty(LIBRARY_PATH, dir.toString());
    }

    /** DJL's classifier for this system, when the jar carries natives for it. */
    static Optional<String> classifier(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (!arch.equals("amd64") && !arch.equals("x86_64")) return Optional.empty();
        if (os.startsWith("windows")) return Optional.of("win-x86_64");
        if (os.startsWith("mac")) return Optional.of("osx-x86_64");
        if (os.startsWith("linux")) return Optional.of("linux-x86_64");
        return Optional.empty();
    }

    static Properties lists() {
        Properties p = new Properties();
        try (InputStream in = MxnetNatives.class.getResourceAsStream(LISTS)) {
            if (in == null) throw new IllegalStateException(LISTS + " is missing from the jar");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static boolean allPresent(Path dir, List<String> files) {
        return files.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    private static void unpack(Path dir, List<String> files) throws IOException {
        Path tmp = CacheFolders.temporaryBeside(dir);
        try {
            for (String file : files) {
                try (InputStream in = MxnetNatives.class.getClassLoader().getResourceAsStream("native/lib/" + file)) {
                    if (in == null) throw new IOException("native/lib/" + file + " is missing from the jar");
                    Files.copy(in, tmp.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            CacheFolders.deleteTree(tmp);
            throw e;
        }
        CacheFolders.publish(tmp, dir, d -> allPresent(d, files));
        if (!allPresent(dir, files)) throw new IOException(dir + ": incomplete after unpacking");
    }
}
