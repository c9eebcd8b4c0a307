package org.millwright.cli;

import java.io.UncheckedIOException;
import org.millwright.cli.internal.backtest.BacktestCommand;
import org.millwright.cli.internal.common.CliException;
import org.millwright.cli.internal.record.RecordCommand;
import org.millwright.detect.RuleSetException;
import org.millwright.simulator.PlantDefinitionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code millwright-cli}: offline tools for rule tuning.
 * <pre>
 * java -jar cli/target/millwright-cli.jar record --days 1 --realistic --out rec.jsonl
 * java -jar cli/target/millwright-cli.jar backtest --recording rec.jsonl --html report.html
 * </pre>
 * Exit codes: 0 done; 1 bad input (unknown file, invalid plant or rule set, unreadable recording); 2 bad command
 * line; 3 the backtest skipped malformed lines (unless {@code --allow-skipped}).
 */
@Command(name = "millwright-cli", mixinStandardHelpOptions = true, version = "millwright-cli 0.1.0",
        description = "Record a simulated plant and backtest detection rules over recordings.",
        subcommands = {RecordCommand.class, BacktestCommand.class})
public final class MillwrightCli implements Runnable {
    @Spec
    private CommandSpec spec;

    /** Exit code for input the user can fix. */
    public static final int BAD_INPUT = 1;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command line ready to {@link CommandLine#execute}; errors go to its error writer with a non-zero code. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MillwrightCli());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("error: " + describe(exception));
            failed.getErr().flush();
            if (!isUserError(exception)) {
                exception.printStackTrace(failed.getErr());
            }
            return BAD_INPUT;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: record or backtest");
    }

    private static boolean isUserError(Exception exception) {
        return exception instanceof CliException || exception instanceof RuleSetException
                || exception instanceof PlantDefinitionException || exception instanceof UncheckedIOException
                || exception instanceof IllegalArgumentException;
    }

    private static String describe(Exception exception) {
        if (exception instanceof UncheckedIOException io && io.getCause() != null) {
            return io.getMessage() + ": " + io.getCause();
        }
        return exception.getMessage();
    }
}
