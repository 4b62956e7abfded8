package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.error.ValidationException;
import dev.qpsbind.azure.json.JsonCodec;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qps-azure render FILE --to xml|json}: a request or an answer in the other form (or the
 * same form, rewritten), read and written through the validating codecs.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "render",
    header = "Convert a request or an answer between XML and JSON.",
    description = {
      "Convert a request or an answer (told by its root) between XML and JSON: read with"
          + " validation, written with validation, printed to stdout. Issues go to stderr as"
          + " FILE:LINE:COLUMN: SEVERITY [RULE] message; exit code 1 when one is an error.",
      "An answer's elements and values that the schema does not know (a newer Qualys) are"
          + " warned about and left out of the output."
    })
final class RenderCommand implements Callable<Integer>, Verbose {

  /** The forms a document can be written in. */
  enum Form {
    xml,
    json
  }

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "A request or an answer.")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "FORM", description = "xml or json.")
  Form to;

  @Override
  public boolean verbose() {
    return common.verbose;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFile input = InputFile.read(file);
    boolean json = input.format() == InputFile.Format.JSON;
    ValidationReport report =
        json
            ? JsonCodec.create().validate(input.bytes())
            : XmlCodec.create().validate(input.bytes());
    if (!print(err, report.issues())) {
      return QpsAzure.FAILED;
    }
    byte[] written;
    try {
      if (report.kind() == DocumentKind.RESPONSE) {
        ServiceResponse response =
            json
                ? JsonCodec.create().readResponse(input.bytes()).value()
                : XmlCodec.create().readResponse(input.bytes()).value();
        written =
            to == Form.json
                ? JsonCodec.create().write(response)
                : XmlCodec.create().marshal(response);
      } else {
        ServiceRequest request =
            json
                ? JsonCodec.create().readRequest(input.bytes()).value()
                : XmlCodec.create().readRequest(input.bytes()).value();
        written =
            to == Form.json
                ? JsonCodec.create().write(request)
                : XmlCodec.create().marshal(request);
      }
    } catch (ValidationException e) {
      print(err, e.issues());
      return QpsAzure.FAILED;
    }
    out.println(new String(written, StandardCharsets.UTF_8).stripTrailing());
    return QpsAzure.OK;
  }

  /** Prints issues to stderr; says whether none was an error. */
  private boolean print(PrintWriter err, List<ValidationIssue> issues) {
    for (ValidationIssue issue : issues) {
      err.println(issue.format(file.toString()));
    }
    return issues.stream().noneMatch(ValidationIssue::isError);
  }
}
