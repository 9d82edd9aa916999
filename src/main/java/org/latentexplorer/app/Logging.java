package org.latentexplorer.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where every log line goes. Our code and DJL log through SLF4J, which {@code slf4j-jdk14} hands to
 * {@code java.util.logging}; {@code System.Logger} and JUL lines land there directly, so one set of handlers
 * sees them all: the console (warnings and errors, plus this app's own INFO lines such as the cold-start time)
 * and a rotating file in {@link AppFolders#logDir()} ({@value #FILE_LIMIT} bytes × {@value #FILE_COUNT} files,
 * INFO and up). The JDK's own handlers rotate and lock, so no logging framework is needed.
 */
public final class Logging {
    static final int FILE_LIMIT = 2_000_000;
    static final int FILE_COUNT = 5;
    private static final String OWN_LOGGERS = "org.latentexplorer";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private static Path logDir;
    private static FileHandler file;

    private Logging() {}

    /** Console and file logging into the user's log folder; the folder, or null when it cannot be written. */
    public static Path start() {
        return start(AppFolders.logDir());
    }

    public static synchronized Path start(Path dir) {
        stop();
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.INFO);
        console.setFilter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()
                || r.getLoggerName() != null && r.getLoggerName().startsWith(OWN_LOGGERS));
        console.setFormatter(new OneLine());
        root.addHandler(console);
        try {
            Files.createDirectories(dir);
            file = new FileHandler(dir.resolve("latent-explorer-%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
            file.setEncoding("UTF-8");
            file.setLevel(Level.INFO);
            file.setFormatter(new OneLine());
            root.addHandler(file);
            logDir = dir;
        } catch (IOException | SecurityException e) {
            logDir = null;
            root.log(Level.WARNING, "cannot write log files in " + dir + ": " + e.getMessage());
        }
        return logDir;
    }

    /** The folder the log files go to, or null when file logging is off. */
    public static synchronized Path logDir() {
        return logDir;
    }

    /** Writes out what the file has buffered (before showing a crash report that points at it). */
    public static synchronized void flush() {
        if (file != null) file.flush();
    }

    /** Closes the log file (tests; the JVM closes it on exit otherwise). */
    public static synchronized void stop() {
        if (file != null) {
            Logger.getLogger("").removeHandler(file);
            file.close();
            file = null;
        }
        logDir = null;
    }

    /** {@code 2026-12-01 20:11:52.123 WARNING [thread] logger: message}, then the stack trace if any. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
