package dev.qpsbind.azure.cli;

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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qps-azure validate FILE...}: offline checks against the schema and the request rules. */
@Command(
    name = "validate",
    description = {
      "Check requests and answers offline against the wire schema and, for requests, the",
      "API's documented rules. Prints FILE:LINE:COLUMN: SEVERITY [RULE] message per issue."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "XML documents to check.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--operation",
      paramLabel = "OP",
      description = {
        "The operation a request is for: create, update, update-by-filter, get, search, delete,",
        "delete-by-filter, run. Default: update with the body's id when there is one, else the",
        "schema checks only."
      })
  String operation;

  @Option(names = "--id", paramLabel = "ID", description = "The connector id in the path.")
  Long pathId;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Operation chosen = operation == null ? null : parseOperation(operation);
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
        err.println("qps-azure: " + outcome.file + ": " + outcome.failure);
        errors++;
        continue;
      }
      for (ValidationIssue issue : outcome.report.issues()) {
        out.println(issue.format(outcome.file.toString()));
      }
      if (outcome.note != null) {
        out.println(outcome.file + ": " + outcome.note);
      }
      errors += outcome.report.errors().size();
      warnings += outcome.report.warnings().size();
    }
    out.printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), errors, warnings);
    return errors == 0 ? QpsAzure.OK : QpsAzure.FAILED;
  }

  /** What one file gave: a report and perhaps a note, or why it could not be read. */
  private record Outcome(Path file, ValidationReport report, String note, String failure) {}

  private Outcome check(Path file, Operation chosen) {
    XmlCodec codec = XmlCodec.create();
    String[] note = new String[1];
    RequestCheck rules;
    if (chosen != null) {
      rules = RequestRules.standard().forOperation(chosen, pathId);
    } else {
      // No operation given: an update of the id in the path or in the body, when there is one.
      rules =
          request -> {
            Long bodyId = bodyId(request);
            Long id = pathId != null ? pathId : bodyId;
            if (id == null) {
              note[0] = "no --operation and no id in the body: schema checks only";
              return List.of();
            }
            note[0] = "checked as an update of connector " + id;
            return RequestRules.standard().check(request, Operation.UPDATE, id);
          };
    }
    try (InputStream in = Files.newInputStream(file)) {
      ValidationReport report = codec.validate(in, rules);
      return new Outcome(file, report, note[0], null);
    } catch (NoSuchFileException e) {
      return new Outcome(file, null, null, "no such file");
    } catch (IOException e) {
      return new Outcome(file, null, null, "cannot read (" + e.getMessage() + ")");
    }
  }

  private static Long bodyId(ServiceRequest request) {
    return request.getData() == null || request.getData().getAzureAssetDataConnector() == null
        ? null
        : request.getData().getAzureAssetDataConnector().getId();
  }

  private Operation parseOperation(String label) {
    try {
      return Operation.fromLabel(label);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "unknown --operation '"
              + label
              + "'; one of: create, update, update-by-filter, get, search, delete,"
              + " delete-by-filter, run");
    }
  }
}
