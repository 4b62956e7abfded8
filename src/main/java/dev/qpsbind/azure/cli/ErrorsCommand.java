package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.model.Preferences;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qps-azure errors ID}: the errors of a connector's runs. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "errors",
    header = "Print the errors of a connector's runs.",
    sortOptions = false,
    description = "Print the errors of connector ID's runs (one page) as the API answers them.")
final class ErrorsCommand extends NetworkCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The connector id.")
  long id;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Records per page, 1 to 1000 (the API's default is 100).")
  Integer limit;

  @Override
  int execute(PrintWriter out, PrintWriter err) {
    positiveId(id);
    Preferences preferences = SearchCommand.preferences(limit, this);
    try (Session session = openSession(out, err)) {
      return sendAndPrintAnswer(session, out, err, () -> session.client().errors(id, preferences));
    }
  }

  @Override
  List<Long> sandboxIds() {
    return List.of(id);
  }
}
