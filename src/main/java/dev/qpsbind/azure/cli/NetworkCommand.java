package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.WireFormat;
import dev.qpsbind.azure.error.ConnectorException;
import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.error.TransportException;
import dev.qpsbind.azure.json.JsonCodec;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.Filters;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.rules.Operation;
import dev.qpsbind.azure.rules.RequestRules;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.xml.Decoded;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the commands that call the API share: where to send ({@code --platform}, {@code --base-url}
 * or {@code --sandbox}), the wire format ({@code --json}), {@code --dry-run}, and the way they read
 * a request file, send, and print.
 */
abstract class NetworkCommand implements Callable<Integer>, Verbose {

  @Spec CommandSpec spec;

  @ParentCommand QpsAzure root;

  @Mixin CommonOptions common;

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Where to send (one of):%n")
  TargetOptions target;

  @Option(
      names = "--json",
      description = "Send and receive JSON instead of XML (the API's default).")
  boolean json;

  @Option(
      names = "--dry-run",
      description = {
        "Validate and print exactly what would be sent (Authorization and authenticationKey"
            + " masked), and send nothing."
      })
  boolean dryRun;

  final Secrets secrets = new Secrets();

  /** The three ways to say where to send. */
  static final class TargetOptions {
    @Option(
        names = "--platform",
        paramLabel = "NAME",
        description =
            "A Qualys platform: US1, US2, US3, US4, EU1, EU2, EU3, IN1, CA1, AE1, UK1,"
                + " AU1, KSA1, GOV1.")
    String platform;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description =
            "The API's base URL (scheme, host, port), such as https://qualysapi.qualys.eu.")
    String baseUrl;

    @Option(
        names = "--sandbox",
        description = {
          "Start a local Qualys sandbox on a free loopback port, holding the connector the"
              + " command names, and send to it; no account or credentials needed."
        })
    boolean sandbox;
  }

  @Override
  public boolean verbose() {
    return common.verbose;
  }

  @Override
  public Secrets secrets() {
    return secrets;
  }

  @Override
  public final Integer call() {
    Session.check(target());
    return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Does the command; failures are thrown and told by {@link QpsAzure}. */
  abstract int execute(PrintWriter out, PrintWriter err);

  /** The connectors a sandbox started for this command holds. */
  abstract List<Long> sandboxIds();

  WireFormat wireFormat() {
    return json ? WireFormat.JSON : WireFormat.XML;
  }

  Session.Target target() {
    return new Session.Target(target.platform, target.baseUrl, target.sandbox);
  }

  Session openSession(PrintWriter out, PrintWriter err) {
    return Session.open(
        target(), wireFormat(), dryRun, sandboxIds(), root.environment(), out, err, secrets);
  }

  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The id, when it is positive; a usage error otherwise. */
  long positiveId(long id) {
    if (id <= 0) {
      throw usage("connector ID must be positive: '" + id + "'");
    }
    return id;
  }

  /**
   * Reads a request file and checks it as the request that will be sent (with the filters of the
   * command line added), printing the validation section.
   *
   * @return the request, or null when it has errors (they were printed)
   */
  ServiceRequest readRequest(
      PrintWriter out, Path path, Operation operation, Long pathId, List<Criteria> extraFilters) {
    InputFile file = InputFile.read(path);
    String source = path.toString();
    String checkedAs = describe(operation, pathId);
    Decoded<ServiceRequest> decoded;
    try {
      decoded =
          file.format() == InputFile.Format.JSON
              ? JsonCodec.create().readRequest(file.bytes())
              : XmlCodec.create().readRequest(file.bytes());
    } catch (InvalidRequestException e) {
      Transcript.validation(out, source, e.issues(), checkedAs);
      return null;
    }
    ServiceRequest request = decoded.value();
    learnKeys(request);
    if (!extraFilters.isEmpty()) {
      if (request.getFilters() == null) {
        request.setFilters(new Filters());
      }
      request.getFilters().getCriteria().addAll(extraFilters);
    }
    List<ValidationIssue> issues = new ArrayList<>(decoded.warnings());
    for (ValidationIssue issue : RequestRules.standard().check(request, operation, pathId)) {
      boolean fromCommandLine =
          !extraFilters.isEmpty() && issue.path().startsWith("/ServiceRequest/filters");
      issues.add(fromCommandLine ? issue : decoded.locations().locate(issue));
    }
    return Transcript.validation(out, source, issues, checkedAs) ? request : null;
  }

  /**
   * Checks a request built from the command line before anything is started or asked for (the
   * client checks it again before sending).
   *
   * @throws InvalidRequestException if the request rules find an error
   */
  static void refuseEarly(ServiceRequest request, Operation operation) {
    List<ValidationIssue> issues = RequestRules.standard().check(request, operation, null);
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      throw new InvalidRequestException("the request is refused before sending", issues);
    }
  }

  private void learnKeys(ServiceRequest request) {
    AzureAssetDataConnector connector =
        request.getData() == null ? null : request.getData().getAzureAssetDataConnector();
    if (connector != null && connector.getAuthRecord() != null) {
      secrets.add(connector.getAuthRecord().getAuthenticationKey());
    }
  }

  private static String describe(Operation operation, Long pathId) {
    return switch (operation) {
      case CREATE -> "a create";
      case UPDATE -> "an update of connector " + pathId;
      case UPDATE_BY_FILTER -> "an update by filter";
      default -> operation.label();
    };
  }

  /**
   * Sends through the session and prints the three parts of a command that sends a file: what was
   * sent, the answer, and its {@code responseCode} last.
   */
  int sendAndShow(Session session, PrintWriter out, PrintWriter err, Runnable call) {
    try {
      call.run();
    } catch (ConnectorException e) {
      if (dryRunStopped(session, e, out)) {
        return QpsAzure.OK;
      }
      showSent(session, out, e instanceof TransportException ? "sent (no answer)" : "sent");
      throw e;
    }
    showSent(session, out, "sent");
    WireRecorder.Received received = session.recorder().lastReceived();
    Transcript.heading(out, "answer (HTTP " + received.status() + ")");
    out.println(Transcript.answer(received, wireFormat(), secrets, err));
    out.println("responseCode: " + Transcript.responseCode(received, wireFormat()));
    return QpsAzure.OK;
  }

  /**
   * Sends through the session and prints the answer document alone (for commands that send no file,
   * whose output may be piped into other tools).
   */
  int sendAndPrintAnswer(Session session, PrintWriter out, PrintWriter err, Runnable call) {
    try {
      call.run();
    } catch (ConnectorException e) {
      if (dryRunStopped(session, e, out)) {
        return QpsAzure.OK;
      }
      throw e;
    }
    out.println(Transcript.answer(session.recorder().lastReceived(), wireFormat(), secrets, err));
    return QpsAzure.OK;
  }

  /** In a dry run, prints the request the stop caught; says whether it did. */
  boolean dryRunStopped(Session session, RuntimeException failure, PrintWriter out) {
    if (!session.recorder().isDryRun() || !WireRecorder.isDryRunStop(failure)) {
      return false;
    }
    Transcript.heading(out, "would send");
    Transcript.sent(out, session.recorder().lastSent(), secrets);
    out.println("dry run: nothing was sent");
    return true;
  }

  private void showSent(Session session, PrintWriter out, String title) {
    WireRecorder.Sent sent = session.recorder().lastSent();
    if (sent != null) {
      Transcript.heading(out, title);
      Transcript.sent(out, sent, secrets);
    }
  }
}
