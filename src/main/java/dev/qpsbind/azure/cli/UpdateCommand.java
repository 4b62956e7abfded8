package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.rules.Operation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code qps-azure update ID FILE} and {@code qps-azure update --filter FIELD:OP:VALUE... FILE}:
 * validates the request file as the update it will be, sends it, and prints the validation, what
 * was sent and the answer.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "update",
    header = "Update a connector, by ID or by filter, from a request file.",
    sortOptions = false,
    description = {
      "Update connector ID with the connector in FILE (XML or JSON), or every connector the"
          + " filters match (--filter, or filters in FILE). Prints three parts: the validation of"
          + " FILE,"
          + " what was sent (the key masked), and the answer, ending with its responseCode."
    })
final class UpdateCommand extends NetworkCommand {

  @Parameters(
      arity = "1..2",
      paramLabel = "[ID] FILE",
      hideParamSyntax = true,
      description = "The connector id (omitted with --filter), then the request file.")
  List<String> arguments = new ArrayList<>();

  @Option(
      names = "--filter",
      paramLabel = "FIELD:OP:VALUE",
      converter = CriteriaConverter.class,
      description = {
        "Update every connector matching (repeat for more; all must match). OP: EQUALS,"
            + " CONTAINS, GREATER, LESSER, IN, NONE (NOT EQUALS is refused for updates)."
      })
  List<Criteria> filters = new ArrayList<>();

  private Long id;

  @Override
  int execute(PrintWriter out, PrintWriter err) {
    Path file;
    if (arguments.size() == 2) {
      if (!filters.isEmpty()) {
        throw usage("give either a connector ID or --filter, not both");
      }
      id = parseId(arguments.get(0));
      file = Path.of(arguments.get(1));
    } else {
      String only = arguments.get(0);
      if (filters.isEmpty() && only.matches("\\d+") && !Files.exists(Path.of(only))) {
        throw usage("FILE is missing after the connector ID '" + only + "'");
      }
      file = Path.of(only);
    }
    Operation operation = id != null ? Operation.UPDATE : Operation.UPDATE_BY_FILTER;
    ServiceRequest request = readRequest(out, file, operation, id, filters);
    if (request == null) {
      return QpsAzure.FAILED;
    }
    // Without an id, the rules refused the request above unless it holds at least one filter.
    AzureAssetDataConnector changes = request.getData().getAzureAssetDataConnector();
    try (Session session = openSession(out, err)) {
      return sendAndShow(
          session,
          out,
          err,
          () -> {
            if (id != null) {
              session.client().update(id, changes);
            } else {
              session.client().updateWhere(request.getFilters().getCriteria(), changes);
            }
          });
    }
  }

  private long parseId(String text) {
    try {
      return positiveId(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw usage("'" + text + "' is not a connector ID (a positive number)");
    }
  }

  @Override
  List<Long> sandboxIds() {
    return List.of(id != null ? id : SandboxSeeds.EXAMPLE_ID);
  }
}
