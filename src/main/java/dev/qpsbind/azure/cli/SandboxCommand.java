package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.sandbox.QualysSandbox;
import dev.qpsbind.azure.sandbox.SandboxDataException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qps-azure sandbox --port N [--data FILE]}: a local Qualys in the foreground, on 127.0.0.1,
 * until interrupted (Ctrl-C).
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "sandbox",
    header = "Run a local Qualys sandbox in the foreground.",
    description = {
      "Run a local Qualys sandbox (the connector API on 127.0.0.1) in the foreground until"
          + " interrupted. It accepts the credentials in QUALYS_USERNAME and QUALYS_PASSWORD when"
          + " both"
          + " are set, else the user 'sandbox' with the password 'sandbox-password'."
    })
final class SandboxCommand implements Callable<Integer>, Verbose {

  @Spec CommandSpec spec;

  @ParentCommand QpsAzure root;

  @Mixin CommonOptions common;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "The port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = {
        "Keep the connectors in this file (created if missing, rewritten after every change);"
            + " without it they live in memory only."
      })
  Path data;

  private final Secrets secrets = new Secrets();

  @Override
  public boolean verbose() {
    return common.verbose;
  }

  @Override
  public Secrets secrets() {
    return secrets;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port must be 0 to 65535: '" + port + "'");
    }
    Environment environment = root.environment();
    String username = environment.variable(Environment.USERNAME);
    String password = environment.variable(Environment.PASSWORD);
    boolean own = username != null && password != null;
    if (own) {
      secrets.addCredentials(username, password.toCharArray());
    }
    QualysSandbox.Builder builder = QualysSandbox.builder().port(port);
    if (own) {
      builder.credentials(username, password);
    }
    if (data != null) {
      builder.dataFile(data);
    }
    QualysSandbox sandbox;
    try {
      sandbox = builder.build().start();
    } catch (SandboxDataException e) {
      throw new CliFailure(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new CliFailure(
          "cannot listen on 127.0.0.1 port " + port + " (" + e.getCause().getMessage() + ")", e);
    }
    out.println("Qualys sandbox listening on " + sandbox.baseUrl());
    out.println(
        own
            ? "Credentials: " + username + " and the password in " + Environment.PASSWORD
            : "Credentials: user '"
                + QualysSandbox.DEFAULT_USERNAME
                + "', password '"
                + QualysSandbox.DEFAULT_PASSWORD
                + "'");
    out.println(
        "Connectors: "
            + sandbox.connectorIds().size()
            + (data == null ? " (in memory)" : " (data file " + data + ")"));
    out.println(
        "Try:  "
            + (own
                ? ""
                : Environment.USERNAME
                    + "="
                    + QualysSandbox.DEFAULT_USERNAME
                    + " "
                    + Environment.PASSWORD
                    + "="
                    + QualysSandbox.DEFAULT_PASSWORD
                    + " ")
            + "qps-azure search --base-url "
            + sandbox.baseUrl());
    out.println("Stop: Ctrl-C");
    out.flush();
    AtomicBoolean stopped = new AtomicBoolean();
    // On Ctrl-C this runs in a shutdown hook: the JVM may end as soon as it returns, so the last
    // line is printed here rather than after await().
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            sandbox.stop();
            out.println("Qualys sandbox stopped");
            out.flush();
          }
        };
    try {
      environment.interruption().await(stop);
    } finally {
      stop.run();
    }
    return QpsAzure.OK;
  }
}
