package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.rules.Operation;
import dev.qpsbind.azure.rules.RequestRules;
import dev.qpsbind.azure.validation.DocumentKind;
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
    int errors = 0;
    int warnings = 0;
    List<String> notes = new ArrayList<>();
    for (Path file : files) {
      ValidationReport report;
      try {
        report = validate(file, chosen, notes);
      } catch (NoSuchFileException e) {
        err.println("qps-azure: " + file + ": no such file");
        errors++;
        continue;
      } catch (IOException e) {
        err.println("qps-azure: " + file + ": cannot read (" + e.getMessage() + ")");
        errors++;
        continue;
      }
      for (ValidationIssue issue : report.issues()) {
        out.println(issue.format(file.toString()));
      }
      errors += report.errors().size();
      warnings += report.warnings().size();
    }
    notes.forEach(out::println);
    out.printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), errors, warnings);
    return errors == 0 ? QpsAzure.OK : QpsAzure.FAILED;
  }

  private ValidationReport validate(Path file, Operation chosen, List<String> notes)
      throws IOException {
    XmlCodec codec = XmlCodec.create();
    try (InputStream in = Files.newInputStream(file)) {
      if (chosen != null) {
        return codec.validate(in, RequestRules.standard().forOperation(chosen, pathId));
      }
    }
    // No operation given: an update of the body's id, when the document is a request with one.
    ValidationReport schemaOnly;
    try (InputStream in = Files.newInputStream(file)) {
      schemaOnly = codec.validate(in);
    }
    if (schemaOnly.kind() != DocumentKind.REQUEST || schemaOnly.hasErrors()) {
      return schemaOnly;
    }
    Long bodyId = bodyId(codec, file);
    if (bodyId == null && pathId == null) {
      notes.add(file + ": no --operation and no id in the body: schema checks only");
      return schemaOnly;
    }
    Long id = pathId != null ? pathId : bodyId;
    notes.add(file + ": checked as an update of connector " + id);
    RequestCheck check = RequestRules.standard().forOperation(Operation.UPDATE, id);
    try (InputStream in = Files.newInputStream(file)) {
      return codec.validate(in, check);
    }
  }

  private static Long bodyId(XmlCodec codec, Path file) throws IOException {
    var data = codec.readRequest(Files.readAllBytes(file)).value().getData();
    return data == null || data.getAzureAssetDataConnector() == null
        ? null
        : data.getAzureAssetDataConnector().getId();
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
