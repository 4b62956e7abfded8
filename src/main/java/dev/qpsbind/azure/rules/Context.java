package dev.qpsbind.azure.rules;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One run of the rules over one request: what is checked, for which operation, and the issues found
 * so far. A rule's issue is kept only when the rule is switched on and applies to the operation, so
 * the families report without asking. Not thread-safe: one per check.
 */
final class Context {

  static final String REQUEST = "/ServiceRequest";
  static final String CONNECTOR = REQUEST + "/data/AzureAssetDataConnector";

  private final ServiceRequest request;
  private final Operation operation;
  private final Long pathId;
  private final Set<Rule> enabled;
  private final List<ValidationIssue> issues = new ArrayList<>();

  Context(ServiceRequest request, Operation operation, Long pathId, Set<Rule> enabled) {
    this.request = request;
    this.operation = operation;
    this.pathId = pathId;
    this.enabled = enabled;
  }

  ServiceRequest request() {
    return request;
  }

  Operation operation() {
    return operation;
  }

  /** The id in the path, or null. */
  Long pathId() {
    return pathId;
  }

  /** The connector in data, or null when there is none. */
  AzureAssetDataConnector connector() {
    return request.getData() == null ? null : request.getData().getAzureAssetDataConnector();
  }

  /** Whether the rule is switched on and applies to this operation. */
  boolean applies(Rule rule) {
    return enabled.contains(rule) && rule.appliesTo(operation);
  }

  /** Records an issue of the rule, unless the rule is off or does not apply here. */
  void report(Rule rule, String path, String message) {
    if (applies(rule)) {
      issues.add(ValidationIssue.of(rule.severity(), rule.id(), path, message));
    }
  }

  List<ValidationIssue> issues() {
    return List.copyOf(issues);
  }

  /** How the operation reads in a message: "an update by filter", "a create". */
  String verbPhrase() {
    return switch (operation) {
      case CREATE -> "a create";
      case UPDATE -> "an update by id";
      case UPDATE_BY_FILTER -> "an update by filter";
      case GET -> "a get";
      case SEARCH -> "a search";
      case DELETE -> "a delete by id";
      case DELETE_BY_FILTER -> "a delete by filter";
      case RUN -> "a run";
      case SEARCH_ERRORS -> "a search of connector errors";
    };
  }

  /** The path segment of the item at a 0-based index: Name, Name[2], Name[3], ... */
  static String segment(String name, int index) {
    return index == 0 ? name : name + "[" + (index + 1) + "]";
  }

  /** Quotes a value for a message, showing null as "nothing". */
  static String quote(Object value) {
    return value == null ? "nothing" : "'" + value + "'";
  }

  /** Whether a text is null, empty or only white space. */
  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
