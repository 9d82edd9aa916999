package org.latentexplorer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The headless commands of {@code latent-explorer.jar}. */
@Command(name = "latent-explorer", mixinStandardHelpOptions = true, version = "Latent Explorer 0.1",
        description = {"Train, evaluate and probe autoencoders. Without a command, opens the app;",
                "'open --model=FILE [--probe=x,y] [--select=INDEX]' opens it on that model and state."},
        subcommands = {TrainCommand.class, PresetsCommand.class, EvaluateCommand.class, EncodeCommand.class, DecodeCommand.class,
                RenderCommand.class, MetricsCommand.class, GridCommand.class, InterpolateCommand.class, AnomaliesCommand.class, BenchCommand.class,
                DatasetCommand.class})
public final class Cli {
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("latent-explorer " + commandLine.getCommandName() + ": " + rootMessage(e));
            return 1;
        });
        return cli.execute(args);
    }

    /** The innermost meaningful message: futures wrap the real failure. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
