package org.latentexplorer.bench;

import org.latentexplorer.engine.ThreadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the report records about the machine and process: load, CPU, thread settings. */
final class MachineInfo {
    private MachineInfo() {}


    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    /** The settings that decide how many threads MXNet and the trainer use, as this process sees them. */
    static Map<String, String> threadSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : List.of("OMP_NUM_THREADS", "MXNET_CPU_WORKER_NTHREADS", "MXNET_ENGINE_TYPE", "OPENBLAS_NUM_THREADS")) {
            String value = ThreadSettings.current(name);
            settings.put(name, value == null ? "unset" : value);
        }
        for (String name : List.of("latent.train.compiled", "latent.train.fused", "latent.train.lazyLoss")) {
            String value = System.getProperty(name);
            if (value != null) settings.put(name, value);
        }
        return settings;
    }
}
