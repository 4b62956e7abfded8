package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.rules.Operation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code qps-azure create FILE}: validates the request file as a create, sends it, prints. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "create",
    header = "Create a connector from a request file.",
    sortOptions = false,
    description = {
      "Create the connector in FILE (XML or JSON). Prints the validation of FILE, what was"
          + " sent (the key masked), and the answer with the new id, ending with its responseCode."
    })
final class CreateCommand extends NetworkCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The request file.")
  Path file;

  @Override
  int execute(PrintWriter out, PrintWriter err) {
    ServiceRequest request = readRequest(out, file, Operation.CREATE, null, List.of());
    if (request == null) {
      return QpsAzure.FAILED;
    }
    try (Session session = openSession(out, err)) {
      return sendAndShow(
          session,
          out,
          err,
          () -> session.client().create(request.getData().getAzureAssetDataConnector()));
    }
  }

  @Override
  List<Long> sandboxIds() {
    return List.of();
  }
}
