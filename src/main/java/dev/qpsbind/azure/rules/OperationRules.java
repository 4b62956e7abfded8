package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Context.REQUEST;

import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.ServiceRequest;
import java.util.EnumSet;
import java.util.Set;

/**
 * The operation as a whole: the id in the path, which parts of the body an operation takes, and the
 * page size of searches.
 */
final class OperationRules {

  private static final Set<Operation> BY_ID =
      EnumSet.of(Operation.UPDATE, Operation.GET, Operation.DELETE, Operation.RUN);

  // Which operations use which part of the body; body.ignored reports the other parts.
  private static final Set<Operation> USE_FILTERS =
      EnumSet.of(
          Operation.UPDATE_BY_FILTER,
          Operation.SEARCH,
          Operation.DELETE_BY_FILTER,
          Operation.SEARCH_ERRORS);
  private static final Set<Operation> USE_PREFERENCES =
      EnumSet.of(Operation.SEARCH, Operation.SEARCH_ERRORS);
  private static final Set<Operation> USE_DATA =
      EnumSet.of(Operation.CREATE, Operation.UPDATE, Operation.UPDATE_BY_FILTER);

  /** The most records a page holds. */
  static final int MAX_LIMIT_RESULTS = 1000;

  private OperationRules() {}

  static void check(Context context) {
    pathId(context);
    body(context);
    limitResults(context);
  }

  private static void pathId(Context context) {
    Operation operation = context.operation();
    Long id = context.pathId();
    if (BY_ID.contains(operation)) {
      if (id == null) {
        context.report(
            Rule.OPERATION_PATH_ID,
            REQUEST,
            context.verbPhrase()
                + " needs the connector id in the path; give the id"
                + switch (operation) {
                  case UPDATE -> ", or use update-by-filter with filters that pick the connectors";
                  case DELETE -> ", or use delete-by-filter with filters that pick the connectors";
                  default -> " (search finds ids by name)";
                });
      } else if (id <= 0) {
        context.report(
            Rule.OPERATION_PATH_ID,
            REQUEST,
            "the id in the path must be a positive connector id, not '" + id + "'");
      }
    } else if (id != null) {
      context.report(
          Rule.OPERATION_PATH_ID,
          REQUEST,
          context.verbPhrase()
              + " has no id in its path, so the id '"
              + id
              + "' would be dropped; "
              + switch (operation) {
                case CREATE -> "ids are assigned by the server, leave it out";
                case UPDATE_BY_FILTER -> "use update by id, or a Criteria on field 'id'";
                case DELETE_BY_FILTER -> "use delete by id, or a Criteria on field 'id'";
                default -> "use a Criteria on field 'id'";
              });
    }
  }

  private static void body(Context context) {
    ServiceRequest request = context.request();
    Operation operation = context.operation();
    String verb = context.verbPhrase();
    boolean hasFilters = request.getFilters() != null;
    boolean hasPreferences = request.getPreferences() != null;
    boolean hasData = request.getData() != null;

    // body.unexpected applies to get, delete by id and run only (the registry says so), which
    // use no part at all; body.ignored needs the part-by-part sets above.
    if (hasFilters) {
      context.report(
          Rule.BODY_UNEXPECTED,
          REQUEST + "/filters",
          verb
              + " sends no body, so these filters would be dropped"
              + (operation == Operation.DELETE
                  ? " and would not narrow the delete; use delete-by-filter (no id in the path)"
                      + " to delete what they match, or remove them"
                  : "; remove them"));
      reportIgnored(
          context,
          USE_FILTERS,
          REQUEST + "/filters",
          verb
              + " does not use filters"
              + (operation == Operation.CREATE
                  ? "; remove them"
                  : ": the id in the path picks the connector; remove them, or use"
                      + " update-by-filter (no id in the path) to update what they match"));
    }
    if (hasPreferences) {
      context.report(
          Rule.BODY_UNEXPECTED,
          REQUEST + "/preferences",
          verb + " sends no body, so these preferences would be dropped; remove them");
      reportIgnored(
          context,
          USE_PREFERENCES,
          REQUEST + "/preferences",
          "preferences page the results of a search; " + verb + " does not use them, remove them");
    }
    if (hasData) {
      context.report(
          Rule.BODY_UNEXPECTED,
          REQUEST + "/data",
          verb
              + " sends no body, so this data would be dropped; remove it"
              + (operation == Operation.GET ? "" : ", or use update to change the connector"));
      reportIgnored(
          context,
          USE_DATA,
          REQUEST + "/data",
          verb
              + " does not use data"
              + (operation == Operation.DELETE_BY_FILTER
                  ? ": the filters alone pick what is deleted; remove it"
                  : ": filters and preferences pick and page the results; remove it"));
    }
    if (context.connector() == null) {
      context.report(
          Rule.BODY_DATA_REQUIRED,
          REQUEST + "/data/AzureAssetDataConnector",
          verb
              + " needs a connector in data/AzureAssetDataConnector ("
              + (operation == Operation.CREATE
                  ? "the connector to create"
                  : "the fields to change, and only those")
              + ")");
    }
  }

  private static void reportIgnored(
      Context context, Set<Operation> users, String path, String message) {
    if (!users.contains(context.operation())) {
      context.report(Rule.BODY_IGNORED, path, message);
    }
  }

  private static void limitResults(Context context) {
    Preferences preferences = context.request().getPreferences();
    Integer limit = preferences == null ? null : preferences.getLimitResults();
    if (limit != null && (limit < 1 || limit > MAX_LIMIT_RESULTS)) {
      context.report(
          Rule.SEARCH_LIMIT_RESULTS,
          REQUEST + "/preferences/limitResults",
          "limitResults '"
              + limit
              + "' is outside 1..1000: the API returns at most 1000 records a page (100 when"
              + " limitResults is left out); read further pages with startFromId set to the"
              + " answer's lastId");
    }
  }
}
