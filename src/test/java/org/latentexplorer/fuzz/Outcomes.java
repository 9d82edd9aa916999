package org.latentexplorer.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.latentexplorer.data.BadFileException;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The outcome classes the fuzz properties accept, and a tally printed for docs/reliability.md. */
final class Outcomes {
    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();
    private static volatile long slowestMillis;

    private Outcomes() {}

    /** What a case does to its input: the kind of mutation and a seed for its details. */
    record Mutation(int kind, long seed) {}

    static Arbitrary<Mutation> mutations(int kinds) {
        return Combinators.combine(Arbitraries.integers().between(0, kinds - 1), Arbitraries.longs()).as(Mutation::new);
    }

    /** Prints the tally after a test class (the last print holds every property run in this JVM). */
    static void printReport() {
        System.out.print(report());
    }

    static void count(String property, String outcome) {
        COUNTS.computeIfAbsent(property + " " + outcome, k -> new AtomicLong()).incrementAndGet();
    }

    static void timed(long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        if (ms > slowestMillis) slowestMillis = ms;
    }

    /** A refusal must be the app's own type, name the file, and be one clean sentence. */
    static void assertCleanRefusal(Throwable e, Path file) {
        if (!(e instanceof BadFileException)) fail("not the app's refusal type: " + e, e);
        assertClean(e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
    }

    static void assertClean(String message) {
        assertTrue(message != null && !message.isBlank(), "a message");
        assertTrue(message.length() < 600, "short: " + message.length() + " chars");
        assertTrue(!message.contains("\n"), "one line: " + message);
        for (String leak : new String[] {"See https://github.com/google/gson", "Stack trace:", "Exception", "No enum constant", "/ by zero"}) {
            assertTrue(!message.contains(leak), "internals (" + leak + ") shown: " + message);
        }
        assertTrue(!message.endsWith(": null"), "ends in ': null': " + message);
    }

    /** The tally so far, one "property outcome: count" per line, and the slowest case. */
    static String report() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(COUNTS).forEach((k, v) -> sb.append(k).append(": ").append(v.get()).append('\n'));
        return sb.append("slowest case: ").append(slowestMillis).append(" ms\n").toString();
    }
}
