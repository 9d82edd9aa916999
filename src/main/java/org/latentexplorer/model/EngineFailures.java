package org.latentexplorer.model;

/** Turns a native engine failure (MXNet's multi-line messages with their stack traces) into one short sentence. */
public final class EngineFailures {
    private static final int MAX_CHARS = 240;

    private EngineFailures() {}

    /** The first meaningful line of {@code e}'s message, without MXNet's "Stack trace:" part or file positions. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        int trace = m.indexOf("Stack trace:");
        if (trace >= 0) m = m.substring(0, trace);
        String line = m.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(e.getClass().getSimpleName());
        // "[12:00:00] src/storage/storage.cc:78: Check failed: …" → "Check failed: …"
        line = line.replaceFirst("^\\[[0-9:]+\\]\\s*\\S+:\\d+:\\s*", "").replaceFirst("^MXNet engine call failed:\\s*", "");
        if (line.matches("(?i).*(out of memory|failed to allocate|bad_alloc|cannot allocate).*")) line = "not enough memory: " + line;
        return line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) + "…" : line;
    }
}
