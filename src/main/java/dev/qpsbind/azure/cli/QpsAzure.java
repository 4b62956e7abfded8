package dev.qpsbind.azure.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code qps-azure}: the command line of the library. Each subcommand is a thin layer over the
 * public API; nothing here is needed to use the library from Java.
 */
@Command(
    name = "qps-azure",
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    description = "Validate, convert and send Qualys Azure connector requests.",
    subcommands = {ValidateCommand.class})
public final class QpsAzure {

  /** Exit code when everything went well. */
  public static final int OK = 0;

  /** Exit code when the input or the answer has an error. */
  public static final int FAILED = 1;

  /** Exit code for a wrong command line. */
  public static final int USAGE = 2;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Not flushed per line: validate may print thousands of lines; run() flushes at the end.
    PrintWriter out =
        new PrintWriter(
            new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(
                    System.out, java.nio.charset.Charset.defaultCharset()),
                1 << 16));
    System.exit(run(args, out, new PrintWriter(System.err, true)));
  }

  /** Runs the command line with these streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new QpsAzure());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("qps-azure: " + e.getMessage());
          return FAILED;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = QpsAzure.class.getPackage().getImplementationVersion();
      return new String[] {"qps-azure " + (version == null ? "(development build)" : version)};
    }
  }
}
