package org.latentexplorer.cli;

import org.latentexplorer.training.Preset;
import org.latentexplorer.training.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "presets", mixinStandardHelpOptions = true, description = "List the named recipes of the course (train --preset NAME).")
final class PresetsCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--explain", description = "also print what each preset teaches")
    boolean explain;

    @Override
    public Integer call() {
        var out = command.commandLine().getOut();
        for (Preset p : Presets.all()) {
            out.printf("%-16s %s%n", p.name(), p.summary());
            if (explain) out.printf("%16s %s%n%n", "", p.explanation());
        }
        return 0;
    }
}
