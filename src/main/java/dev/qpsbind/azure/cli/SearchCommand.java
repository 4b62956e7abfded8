package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.error.ConnectorException;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceResponse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qps-azure search [--filter FIELD:OP:VALUE]... [--all]}: one page of connectors as the API
 * answers it, or, with {@code --all}, every page put together in one answer.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = QpsAzure.Version.class,
    name = "search",
    header = "Search connectors (one page, or every page with --all).",
    sortOptions = false,
    description = {
      "Print the connectors matching every --filter (all connectors without one): the first"
          + " page as the API answers it, or with --all every page in one answer."
    })
final class SearchCommand extends NetworkCommand {

  @Option(
      names = "--filter",
      paramLabel = "FIELD:OP:VALUE",
      converter = CriteriaConverter.class,
      description = {
        "A criterion, such as name:CONTAINS:prod or id:IN:2004,2005 (repeat for more; all must"
            + " match). OP: EQUALS, NOT_EQUALS (or NOT EQUALS), CONTAINS, GREATER, LESSER, IN,"
            + " NONE."
      })
  List<Criteria> filters = new ArrayList<>();

  @Option(
      names = "--all",
      description = {
        "Read every page (following lastId) and print them as one answer; progress goes to"
            + " stderr when it is a terminal."
      })
  boolean all;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Connectors per page, 1 to 1000 (the API's default is 100).")
  Integer limit;

  @Override
  int execute(PrintWriter out, PrintWriter err) {
    Preferences preferences = preferences(limit, this);
    try (Session session = openSession(out, err)) {
      if (!all) {
        return sendAndPrintAnswer(
            session, out, err, () -> session.client().search(filters, preferences));
      }
      Terminal terminal = root.environment().terminal();
      List<AzureAssetDataConnector> found = new ArrayList<>();
      int[] pages = {0};
      try {
        session
            .client()
            .searchAll(
                filters,
                preferences,
                page -> {
                  found.addAll(page.items());
                  pages[0]++;
                  if (terminal != null && page.hasMoreRecords()) {
                    terminal.status(
                        "qps-azure: page "
                            + pages[0]
                            + ": "
                            + found.size()
                            + " connector(s) so far...");
                  }
                });
      } catch (ConnectorException e) {
        if (dryRunStopped(session, e, out)) {
          return QpsAzure.OK;
        }
        throw e;
      }
      if (terminal != null) {
        terminal.status("qps-azure: " + found.size() + " connector(s) in " + pages[0] + " page(s)");
      }
      out.println(Transcript.document(merged(found), wireFormat(), secrets));
      return QpsAzure.OK;
    }
  }

  /** Every page's connectors in one answer, as if the API had given them at once. */
  private static ServiceResponse merged(List<AzureAssetDataConnector> connectors) {
    ServiceResponse response = new ServiceResponse();
    response.setResponseCode("SUCCESS");
    response.setCount(connectors.size());
    response.setHasMoreRecords(false);
    if (!connectors.isEmpty()) {
      ResponseData data = new ResponseData();
      data.getAzureAssetDataConnectors().addAll(connectors);
      response.setData(data);
    }
    return response;
  }

  /** The preferences of {@code --limit}, or null. */
  static Preferences preferences(Integer limit, NetworkCommand command) {
    if (limit == null) {
      return null;
    }
    if (limit < 1 || limit > 1000) {
      throw command.usage("--limit must be 1 to 1000: '" + limit + "'");
    }
    Preferences preferences = new Preferences();
    preferences.setLimitResults(limit);
    return preferences;
  }

  @Override
  List<Long> sandboxIds() {
    return List.of(SandboxSeeds.EXAMPLE_ID);
  }
}
