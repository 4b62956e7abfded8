package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Context.REQUEST;

import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Filters;
import java.util.List;

/** The filters: present where they pick what is changed, and with safe, documented operators. */
final class FilterRules {

  /**
   * The operators of the QPS API family, as the API documents them. Kept apart from the schema's
   * enumeration on purpose: should the schema ever grow a value, this rule still holds the line.
   */
  static final List<String> DOCUMENTED_OPERATORS =
      List.of("EQUALS", "NOT EQUALS", "CONTAINS", "GREATER", "LESSER", "IN", "NONE");

  private FilterRules() {}

  static void check(Context context) {
    Filters filters = context.request().getFilters();
    List<Criteria> criteria = filters == null ? List.of() : filters.getCriteria();
    String verb = verb(context.operation());
    if (criteria.isEmpty()) {
      context.report(
          Rule.FILTER_REQUIRED,
          REQUEST + "/filters",
          context.verbPhrase()
              + " without a filter would "
              + verb
              + " every connector the account can see; add a Criteria that names the"
              + " connectors, such as <Criteria field=\"id\" operator=\"EQUALS\">...</Criteria>");
    }
    for (int i = 0; i < criteria.size(); i++) {
      Criteria one = criteria.get(i);
      if (one == null) {
        continue;
      }
      String path = REQUEST + "/filters/" + Context.segment("Criteria", i);
      String field = one.getField();
      String onField = Context.isBlank(field) ? "" : " on field '" + field + "'";
      if (Context.isBlank(field)) {
        context.report(
            Rule.FILTER_FIELD,
            path,
            "Criteria " + (i + 1) + " names no field; set one, for example 'id' or 'name'");
      }
      CriteriaOperator operator = one.getOperator();
      if (operator == null || !DOCUMENTED_OPERATORS.contains(operator.value())) {
        context.report(
            Rule.FILTER_OPERATOR,
            path,
            "Criteria"
                + onField
                + (operator == null
                    ? " has no operator"
                    : " has operator '" + operator.value() + "', which is not documented")
                + "; use one of "
                + String.join(", ", DOCUMENTED_OPERATORS));
      } else if (operator != CriteriaOperator.NONE && hasNoValue(one.getValue())) {
        context.report(
            Rule.FILTER_EMPTY_VALUE,
            path,
            "Criteria"
                + onField
                + " with operator '"
                + operator.value()
                + "' has no value; in "
                + context.verbPhrase()
                + " it could match, and "
                + verb
                + ", every connector: give the value that names the connectors");
      } else if (operator == CriteriaOperator.NOT_EQUALS) {
        context.report(
            Rule.FILTER_NOT_EQUALS,
            path,
            "operator 'NOT EQUALS'"
                + onField
                + " is refused in the filters of "
                + context.verbPhrase()
                + ": it would "
                + verb
                + " every connector except the one named, including connectors you do not"
                + " know about; name the connectors to "
                + verb
                + " with EQUALS or IN");
      }
    }
  }

  /** Blank text, or an IN list with no item (only commas and blanks). */
  private static boolean hasNoValue(String value) {
    return value == null || value.replace(",", "").isBlank();
  }

  private static String verb(Operation operation) {
    return switch (operation) {
      case DELETE, DELETE_BY_FILTER -> "delete";
      case UPDATE, UPDATE_BY_FILTER -> "update";
      default -> "match";
    };
  }
}
