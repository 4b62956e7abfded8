package dev.qpsbind.azure.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code qps-azure}: the command line of the library. Each subcommand is a thin layer over the
 * public API; nothing here is needed to use the library from Java.
 *
 * <p>Exit codes: {@link #OK}, {@link #FAILED} (an invalid document, an error answer, a file that
 * cannot be read, no credentials, no answer), {@link #USAGE} (a wrong command line). Failures are
 * told in one line on stderr; {@code --verbose} adds the stack trace. Nothing printed ever holds
 * the password, the {@code Authorization} header value or an {@code authenticationKey}.
 */
@Command(
    name = "qps-azure",
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    description = "Validate, convert and send Qualys Azure connector requests.",
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      CreateCommand.class,
      UpdateCommand.class,
      GetCommand.class,
      SearchCommand.class,
      DeleteCommand.class,
      RunCommand.class,
      ErrorsCommand.class,
      SandboxCommand.class,
      CommandLine.HelpCommand.class
    })
public final class QpsAzure {

  /** Exit code when everything went well. */
  public static final int OK = 0;

  /** Exit code when the input or the answer has an error, or the command could not be done. */
  public static final int FAILED = 1;

  /** Exit code for a wrong command line. */
  public static final int USAGE = 2;

  private final Environment environment;

  private QpsAzure(Environment environment) {
    this.environment = environment;
  }

  /** The environment this run takes its variables and terminal from. */
  Environment environment() {
    return environment;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    quietLibraryLogging();
    // Not flushed per line: validate may print thousands of lines; run() flushes at the end, and
    // commands flush before anything that waits (a prompt, a server in the foreground).
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(System.out, Charset.defaultCharset()), 1 << 16));
    System.exit(run(args, out, new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with these streams, in the environment of this process, and returns the
   * exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Environment.system());
  }

  /** Runs the command line with these streams and this environment (for tests). */
  static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Objects.requireNonNull(environment, "environment == null");
    CommandLine commandLine = new CommandLine(new QpsAzure(environment));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(QpsAzure::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          Secrets secrets = cmd.getCommand() instanceof Verbose v ? v.secrets() : new Secrets();
          boolean verbose = cmd.getCommand() instanceof Verbose v && v.verbose();
          PrintWriter errors = cmd.getErr();
          out.flush();
          errors.println("qps-azure: " + secrets.mask(Failures.oneLine(e)));
          if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            errors.print(secrets.mask(trace.toString()));
          }
          return Failures.isUsage(e) ? USAGE : FAILED;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** A wrong command line: the reason in one line, and where to read more. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = Failures.flatten(e.getMessage()).replaceFirst("^Error: ", "");
    err.println("qps-azure: " + message + " (see '" + name + " --help')");
    err.flush();
    return USAGE;
  }

  // In the jar the library's SLF4J logging has no provider (SLF4J would print a warning about it)
  // and Jersey and Grizzly log to java.util.logging: neither belongs in a command's output.
  private static void quietLibraryLogging() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.internal.verbosity", "WARN");
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
    Logger.getLogger("").setLevel(Level.SEVERE);
    for (var handler : Logger.getLogger("").getHandlers()) {
      handler.setLevel(Level.SEVERE);
    }
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
