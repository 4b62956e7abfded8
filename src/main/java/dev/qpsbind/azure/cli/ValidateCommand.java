package dev.qpsbind.azure.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qpsbind.azure.json.JsonCodec;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.rules.Operation;
import dev.qpsbind.azure.rules.RequestRules;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qps-azure validate FILE...}: offline checks against the schema and the request rules, of
 * XML and JSON documents alike. Each file is parsed once, and the files are checked in parallel.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "validate",
    header = "Check requests and answers offline (XML or JSON).",
    description = {
      "Check requests and answers offline, XML or JSON (told by the first character), against the"
          + " wire schema and, for requests, the API's documented rules. Prints one line per issue,"
          + " FILE:LINE:COLUMN: SEVERITY [RULE] message, then a summary line.%n"
          + "Exit code: 0 when nothing is an error, 1 when something is, 2 for a wrong command"
          + " line."
    })
final class ValidateCommand implements Callable<Integer>, Verbose {

  /** The output formats of the report. */
  enum ReportFormat {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Requests or answers (XML or JSON) to check.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--operation",
      paramLabel = "OP",
      description = {
        "The operation a request is for: create, update, update-by-filter, get, search, delete,"
            + " delete-by-filter, run. Default: update with the body's id when there is one;"
            + " update-by-filter for filters with data; else the schema checks only."
      })
  String operation;

  @Option(names = "--id", paramLabel = "ID", description = "The connector id in the path.")
  Long pathId;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default) or json: one JSON object with every issue, for CI tools.")
  ReportFormat format = ReportFormat.text;

  @Override
  public boolean verbose() {
    return common.verbose;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Operation chosen = operation == null ? null : parseOperation(operation);
    // The JAXB context (for the request rules) and the schema are one-time costs of about half
    // and a fifth of a second: build the context on the other core while the schema compiles.
    Thread warmUp = new Thread(dev.qpsbind.azure.xml.XmlCodec::context, "jaxb-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    // Files are independent: check them on every core, then print in the order given.
    List<Outcome> outcomes =
        IntStream.range(0, files.size())
            .parallel()
            .mapToObj(i -> check(files.get(i), chosen))
            .toList();
    int errors = 0;
    int warnings = 0;
    for (Outcome outcome : outcomes) {
      if (outcome.failure != null) {
        errors++;
      } else {
        errors += outcome.report.errors().size();
        warnings += outcome.report.warnings().size();
      }
    }
    if (format == ReportFormat.json) {
      out.println(asJson(outcomes, errors, warnings));
    } else {
      for (Outcome outcome : outcomes) {
        if (outcome.failure != null) {
          err.println("qps-azure: " + outcome.failure);
          continue;
        }
        for (ValidationIssue issue : outcome.report.issues()) {
          out.println(issue.format(outcome.file.toString()));
        }
        if (outcome.note != null) {
          out.println(outcome.file + ": " + outcome.note);
        }
      }
      out.printf(
          "%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), errors, warnings);
    }
    return errors == 0 ? QpsAzure.OK : QpsAzure.FAILED;
  }

  /**
   * What one file gave: its format, a report and perhaps a note, or why it could not be read.
   *
   * @param format {@code xml} or {@code json}, or null when the file could not be read
   */
  private record Outcome(
      Path file, String format, ValidationReport report, String note, String failure) {}

  private Outcome check(Path file, Operation chosen) {
    String[] note = new String[1];
    RequestCheck rules;
    if (chosen != null) {
      rules = RequestRules.standard().forOperation(chosen, pathId);
    } else {
      // No operation given: an update of the id in the path or in the body, when there is one;
      // filters with data and no id are an update by filter, as the update command sends them.
      rules =
          request -> {
            Long bodyId = bodyId(request);
            Long id = pathId != null ? pathId : bodyId;
            if (id == null && request.getFilters() != null && request.getData() != null) {
              note[0] = "checked as an update by filter";
              return RequestRules.standard().check(request, Operation.UPDATE_BY_FILTER, null);
            }
            if (id == null) {
              note[0] = "no --operation and no id in the body: schema checks only";
              return List.of();
            }
            note[0] = "checked as an update of connector " + id;
            return RequestRules.standard().check(request, Operation.UPDATE, id);
          };
    }
    try (InputStream in = InputFile.open(file)) {
      InputFile.Format detected = InputFile.sniff(file, in);
      ValidationReport report =
          detected == InputFile.Format.JSON
              ? JsonCodec.create().validate(in, rules)
              : XmlCodec.create().validate(in, rules);
      return new Outcome(file, detected.label(), report, note[0], null);
    } catch (CliFailure e) {
      return new Outcome(file, null, null, null, e.getMessage());
    } catch (IOException e) {
      return new Outcome(file, null, null, null, InputFile.unreadable(file, e).getMessage());
    } catch (UncheckedIOException e) {
      return new Outcome(
          file, null, null, null, InputFile.unreadable(file, e.getCause()).getMessage());
    }
  }

  private static Long bodyId(ServiceRequest request) {
    return request.getData() == null || request.getData().getAzureAssetDataConnector() == null
        ? null
        : request.getData().getAzureAssetDataConnector().getId();
  }

  private Operation parseOperation(String label) {
    try {
      Operation parsed = Operation.fromLabel(label.toLowerCase(Locale.ROOT));
      if (parsed != Operation.SEARCH_ERRORS) {
        return parsed;
      }
    } catch (IllegalArgumentException e) {
      // Reported below, with the list of valid names.
    }
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "unknown --operation '"
            + label
            + "'; one of: create, update, update-by-filter, get, search, delete,"
            + " delete-by-filter, run");
  }

  private String asJson(List<Outcome> outcomes, int errors, int warnings) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode fileNodes = root.putArray("files");
    ArrayNode issueNodes = root.putArray("issues");
    for (Outcome outcome : outcomes) {
      String name = outcome.file.toString();
      ObjectNode fileNode = fileNodes.addObject().put("file", name);
      if (outcome.failure != null) {
        fileNode.putNull("format").putNull("kind");
        fileNode.put("valid", false).put("errors", 1).put("warnings", 0);
        fileNode.put("failure", outcome.failure);
        continue;
      }
      fileNode.put("format", outcome.format);
      fileNode.put("kind", outcome.report.kind().name().toLowerCase(Locale.ROOT));
      fileNode.put("valid", !outcome.report.hasErrors());
      fileNode.put("errors", outcome.report.errors().size());
      fileNode.put("warnings", outcome.report.warnings().size());
      if (outcome.note != null) {
        fileNode.put("note", outcome.note);
      }
      for (ValidationIssue issue : outcome.report.issues()) {
        ObjectNode issueNode = issueNodes.addObject().put("file", name);
        if (issue.hasLocation()) {
          issueNode.put("line", issue.line()).put("column", issue.column());
        } else {
          issueNode.putNull("line").putNull("column");
        }
        issueNode.put("severity", issue.severity().name());
        issueNode.put("rule", issue.rule());
        issueNode.put("path", issue.path());
        issueNode.put("message", issue.message());
      }
    }
    root.putObject("totals")
        .put("files", outcomes.size())
        .put("errors", errors)
        .put("warnings", warnings);
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }
}
