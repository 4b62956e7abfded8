package dev.qpsbind.azure.rules;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The API's documented rules beyond the schema, per operation: the checks the schema cannot make
 * because they depend on the operation (a filter that is fine for a search is refused for an update
 * by filter), on the id in the path, or on several fields at once. Every rule is listed in {@link
 * Rule}; {@link #builder()} switches single rules off by id.
 *
 * <p>Issues carry the rule's id and severity, an element path in the form of {@link
 * dev.qpsbind.azure.validation.DocumentLocations} (the codec adds line and column) and a message
 * that says what to do. Messages never contain the authentication key. Typical use:
 *
 * <pre>{@code
 * byte[] xml = codec.marshal(request, RequestRules.standard().forOperation(Operation.UPDATE, 77L));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Arguments must not be null unless a parameter says
 * otherwise; request objects may be partly filled (any field null).
 */
public final class RequestRules {

  private static final List<Consumer<Context>> FAMILIES =
      List.of(
          OperationRules::check,
          FilterRules::check,
          ServerFieldRules::check,
          CollectionRules::check,
          AppInfoRules::check,
          AuthRules::check,
          RunFrequencyRules::check,
          ScanRules::check,
          TextRules::check);

  private static final RequestRules STANDARD = new RequestRules(EnumSet.allOf(Rule.class));

  private final Set<Rule> enabled;
  private final Set<Rule> disabled;

  private RequestRules(EnumSet<Rule> enabled) {
    this.enabled = Collections.unmodifiableSet(EnumSet.copyOf(enabled));
    this.disabled = Collections.unmodifiableSet(EnumSet.complementOf(enabled));
  }

  /** Every rule switched on. */
  public static RequestRules standard() {
    return STANDARD;
  }

  /** A builder that starts with every rule switched on. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules switched on (unmodifiable). */
  public Set<Rule> enabledRules() {
    return enabled;
  }

  /**
   * The issues of a request for an operation, errors and warnings, without line or column.
   *
   * @param request the request as it would be sent
   * @param operation the operation it is sent with
   * @param pathId the id in the path (update, delete, get, run by id), or null
   */
  public List<ValidationIssue> check(ServiceRequest request, Operation operation, Long pathId) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(operation, "operation == null");
    Context context = new Context(request, operation, pathId, enabled);
    for (Consumer<Context> family : FAMILIES) {
      family.accept(context);
    }
    return context.issues();
  }

  /**
   * The rules of one operation as a check the codec runs before writing, or on a document it
   * validates.
   *
   * @param pathId the id in the path, or null
   */
  public RequestCheck forOperation(Operation operation, Long pathId) {
    Objects.requireNonNull(operation, "operation == null");
    return request -> check(request, operation, pathId);
  }

  @Override
  public String toString() {
    return "RequestRules"
        + (disabled.isEmpty()
            ? "[all rules]"
            : "[off: " + String.join(", ", disabled.stream().map(Rule::id).toList()) + "]");
  }

  /** Chooses which rules run. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private final EnumSet<Rule> enabled = EnumSet.allOf(Rule.class);

    private Builder() {}

    /**
     * Switches a rule off by its id, like {@code cps.start-date}.
     *
     * @throws IllegalArgumentException if no rule has the id (the message lists the known ids)
     */
    public Builder disable(String id) {
      Objects.requireNonNull(id, "id == null");
      enabled.remove(Rule.byId(id));
      return this;
    }

    /** Switches a rule off. */
    public Builder disable(Rule rule) {
      enabled.remove(Objects.requireNonNull(rule, "rule == null"));
      return this;
    }

    /** The rules, with every rule not switched off. */
    public RequestRules build() {
      return new RequestRules(enabled);
    }
  }
}
