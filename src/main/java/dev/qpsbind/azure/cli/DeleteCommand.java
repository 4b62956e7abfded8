package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.rules.Operation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qps-azure delete ID} and {@code qps-azure delete --filter FIELD:OP:VALUE...}. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "delete",
    header = "Delete a connector, by ID or by filter.",
    sortOptions = false,
    description = {
      "Delete connector ID, or every connector the filters match; prints the answer (the ids"
          + " deleted)."
    })
final class DeleteCommand extends NetworkCommand {

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "The connector id (omitted with --filter).")
  Long id;

  @Option(
      names = "--filter",
      paramLabel = "FIELD:OP:VALUE",
      converter = CriteriaConverter.class,
      description = {
        "Delete every connector matching (repeat for more; all must match). OP: EQUALS,"
            + " CONTAINS, GREATER, LESSER, IN, NONE (NOT EQUALS is refused for deletes)."
      })
  List<Criteria> filters = new ArrayList<>();

  @Override
  int execute(PrintWriter out, PrintWriter err) {
    if ((id == null) == filters.isEmpty()) {
      throw usage("give either a connector ID or --filter FIELD:OP:VALUE");
    }
    if (id != null) {
      positiveId(id);
    } else {
      refuseEarly(
          Requests.withFilters(filters.toArray(Criteria[]::new)), Operation.DELETE_BY_FILTER);
    }
    try (Session session = openSession(out, err)) {
      return sendAndPrintAnswer(
          session,
          out,
          err,
          () -> {
            if (id != null) {
              session.client().delete(id);
            } else {
              session.client().deleteWhere(filters);
            }
          });
    }
  }

  @Override
  List<Long> sandboxIds() {
    return List.of(id != null ? id : SandboxSeeds.EXAMPLE_ID);
  }
}
