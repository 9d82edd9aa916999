package org.latentexplorer.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How many threads MXNet uses. OpenMP and MXNet's engine read these variables once, when the native library
 * loads, so they are set in the process environment (libc's {@code setenv}; Java cannot change its own) before
 * the first NDArray. Values already in the environment win, so a user or {@code scripts/bench-vs-pytorch.sh} can
 * choose.
 */
public final class ThreadSettings {
    public static final String OMP_THREADS = "OMP_NUM_THREADS";
    public static final String ENGINE_WORKERS = "MXNET_CPU_WORKER_NTHREADS";

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    private static LibC libc;
    private static boolean applied;

    private ThreadSettings() {}

    /**
     * What to set, given the current environment and the number of cores. On 2 cores one OpenMP thread per
     * operator and two engine workers trained the dense recipes 10% faster than MXNet's defaults (OpenMP
     * threads = cores, one worker), because the Java thread preparing the next step needs a core of its own
     * (docs/performance.md). Larger machines get half their remaining cores per operator: not measured here.
     */
    static Map<String, String> choose(UnaryOperator<String> environment, int cores) {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (environment.apply(OMP_THREADS) == null) chosen.put(OMP_THREADS, Integer.toString(Math.max(1, (cores - 1) / 2)));
        if (environment.apply(ENGINE_WORKERS) == null) chosen.put(ENGINE_WORKERS, "2");
        return chosen;
    }

    /** Sets the variables the environment leaves open; once per process, before MXNet loads. */
    public static synchronized void apply() {
        if (applied) return;
        applied = true;
        try {
            LibC c = libc();
            choose(c::getenv, Runtime.getRuntime().availableProcessors()).forEach((name, value) -> c.setenv(name, value, 0));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // No libc to call (not Linux or macOS): MXNet's own defaults are slower, not wrong.
            System.getLogger(ThreadSettings.class.getName()).log(System.Logger.Level.DEBUG, "thread settings not applied", e);
        }
    }

    /** The process environment's value now (Java's {@link System#getenv} is a copy taken at start-up). */
    public static String current(String name) {
        try {
            return libc().getenv(name);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return System.getenv(name);
        }
    }

    private static synchronized LibC libc() {
        if (libc == null) libc = Native.load("c", LibC.class);
        return libc;
    }
}
