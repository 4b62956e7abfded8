package dev.qpsbind.azure.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code qps-azure run ID}: starts a synchronisation of the connector now. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "run",
    header = "Start a connector's synchronisation now.",
    sortOptions = false,
    description = "Start a synchronisation of connector ID now; prints the answer.")
final class RunCommand extends NetworkCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The connector id.")
  long id;

  @Override
  int execute(PrintWriter out, PrintWriter err) {
    positiveId(id);
    try (Session session = openSession(out, err)) {
      return sendAndPrintAnswer(session, out, err, () -> session.client().run(id));
    }
  }

  @Override
  List<Long> sandboxIds() {
    return List.of(id);
  }
}
