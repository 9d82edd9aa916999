package org.latentexplorer.cli;

import org.latentexplorer.model.EngineFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The headless commands of {@code latent-explorer.jar}. Every error is one line on stderr: "latent-explorer
 * COMMAND: what was wrong", plus, for a usage error, a second line pointing at that command's --help.
 */
@Command(name = "latent-explorer", mixinStandardHelpOptions = true, version = "Latent Explorer 0.1",
        description = {"Train, evaluate and probe autoencoders. Without a command, opens the app;",
                "'open --model=FILE [--probe=x,y] [--select=INDEX]' opens it on that model and state."},
        subcommands = {TrainCommand.class, PresetsCommand.class, EvaluateCommand.class, EncodeCommand.class, DecodeCommand.class,
                RenderCommand.class, MetricsCommand.class, GridCommand.class, InterpolateCommand.class, AnomaliesCommand.class, FeaturesCommand.class, BenchCommand.class,
                DatasetCommand.class, ImportCommand.class})
public final class Cli {
    /** Exit code of a usage error (picocli's convention); a failed command exits 1. */
    static final int USAGE = 2;

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine at = e.getCommandLine();
            err.println(prefix(at) + oneLine(e.getMessage()));
            err.println("see '" + at.getCommandSpec().qualifiedName() + " --help'");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof org.latentexplorer.data.BadValueException
                    || e instanceof IllegalArgumentException && isOptionProblem(e.getMessage())) {
                err.println(prefix(commandLine) + rootMessage(e));
                err.println("see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
                return USAGE;
            }
            err.println(prefix(commandLine) + rootMessage(e));
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("latent-explorer: not enough memory (" + oneLine(e.getMessage()) + "); try smaller inputs or a larger -Xmx");
            return 1;
        } catch (StackOverflowError e) {
            err.println("latent-explorer: the input is nested too deeply to process");
            return 1;
        }
    }

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }

    /** A checked value that names its option ("--scale must be …"): a usage error, worth the --help hint. */
    private static boolean isOptionProblem(String message) {
        return message != null && message.startsWith("--");
    }

    /** The innermost meaningful message, as one line: futures wrap the real failure, MXNet adds stack traces. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        if (t instanceof OutOfMemoryError) return "not enough memory (" + oneLine(t.getMessage()) + ")";
        if (t.getClass().getName().startsWith("ai.djl")) return "the engine failed: " + EngineFailures.oneLine(t);
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : oneLine(message);
    }

    static String oneLine(String message) {
        if (message == null) return "";
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
