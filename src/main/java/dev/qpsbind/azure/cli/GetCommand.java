package dev.qpsbind.azure.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code qps-azure get ID}: prints the connector as the API answers it. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "get",
    header = "Print one connector.",
    sortOptions = false,
    description = "Print connector ID as the API answers it (indented XML, or JSON with --json).")
final class GetCommand extends NetworkCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The connector id.")
  long id;

  @Override
  int execute(PrintWriter out, PrintWriter err) {
    positiveId(id);
    try (Session session = openSession(out, err)) {
      return sendAndPrintAnswer(session, out, err, () -> session.client().get(id));
    }
  }

  @Override
  List<Long> sandboxIds() {
    return List.of(id);
  }
}
