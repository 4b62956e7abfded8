package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The search filters the sandbox understands, turned into a predicate over stored connectors. All
 * criteria must match (AND). Fields are matched case-insensitively ({@code authrecord.*} and {@code
 * authRecord.*} both appear in Qualys' material). Values are trimmed, since documented samples
 * break the text over lines.
 *
 * <ul>
 *   <li>{@code id}: EQUALS, NOT EQUALS, GREATER, LESSER, IN (comma-separated), CONTAINS (on the
 *       decimal digits).
 *   <li>{@code name}, {@code authRecord.applicationId}, {@code authRecord.directoryId}, {@code
 *       authRecord.subscriptionId}: EQUALS and NOT EQUALS (exact), CONTAINS (ignoring case),
 *       GREATER and LESSER (text order), IN (exact, comma-separated).
 * </ul>
 *
 * Anything else is an INVALID_REQUEST naming the criterion. Stateless and thread-safe.
 */
final class ConnectorFilter {

  private static final Map<String, Function<AzureAssetDataConnector, String>> TEXT_FIELDS =
      Map.of(
          "name", AzureAssetDataConnector::getName,
          "authrecord.applicationid", c -> auth(c, AzureAuthRecordSimple::getApplicationId),
          "authrecord.directoryid", c -> auth(c, AzureAuthRecordSimple::getDirectoryId),
          "authrecord.subscriptionid", c -> auth(c, AzureAuthRecordSimple::getSubscriptionId));

  private static final String FIELDS =
      "id, name, authRecord.applicationId, authRecord.directoryId, authRecord.subscriptionId";

  private ConnectorFilter() {}

  /** The predicate of these filters; null filters match everything. */
  static Predicate<AzureAssetDataConnector> of(Filters filters) {
    Predicate<AzureAssetDataConnector> all = c -> true;
    if (filters == null) {
      return all;
    }
    for (Criteria criteria : filters.getCriteria()) {
      all = all.and(criterion(criteria));
    }
    return all;
  }

  /**
   * The predicate over connector ids of the errors search, which filters on {@code id} (the
   * connector's id) with EQUALS or IN only.
   */
  static Predicate<Long> connectorIds(Filters filters) {
    Predicate<Long> all = id -> true;
    if (filters == null) {
      return all;
    }
    for (Criteria criteria : filters.getCriteria()) {
      String field = field(criteria);
      CriteriaOperator operator = criteria.getOperator();
      if (!field.equals("id")) {
        throw ApiError.invalid(
            "Criteria", "'" + criteria.getField() + "' is not a search field here; use id");
      }
      if (operator != CriteriaOperator.EQUALS && operator != CriteriaOperator.IN) {
        throw unsupported(criteria);
      }
      Set<Long> ids = Set.copyOf(ids(criteria));
      all = all.and(ids::contains);
    }
    return all;
  }

  private static Predicate<AzureAssetDataConnector> criterion(Criteria criteria) {
    String field = field(criteria);
    if (field.equals("id")) {
      return idCriterion(criteria);
    }
    Function<AzureAssetDataConnector, String> getter = TEXT_FIELDS.get(field);
    if (getter == null) {
      throw ApiError.invalid(
          "Criteria",
          "'" + criteria.getField() + "' is not a search field of this sandbox; use " + FIELDS);
    }
    String value = value(criteria);
    Predicate<String> test =
        switch (criteria.getOperator()) {
          case EQUALS -> value::equals;
          case NOT_EQUALS -> text -> !value.equals(text);
          case CONTAINS -> {
            String lower = value.toLowerCase(Locale.ROOT);
            yield text -> text.toLowerCase(Locale.ROOT).contains(lower);
          }
          case GREATER -> text -> text.compareTo(value) > 0;
          case LESSER -> text -> text.compareTo(value) < 0;
          case IN -> Set.copyOf(list(value))::contains;
          default -> throw unsupported(criteria);
        };
    boolean negated = criteria.getOperator() == CriteriaOperator.NOT_EQUALS;
    return connector -> {
      String text = getter.apply(connector);
      return text == null ? negated : test.test(text);
    };
  }

  private static Predicate<AzureAssetDataConnector> idCriterion(Criteria criteria) {
    String value = value(criteria);
    return switch (criteria.getOperator()) {
      case EQUALS -> {
        long id = id(criteria, value);
        yield c -> c.getId() == id;
      }
      case NOT_EQUALS -> {
        long id = id(criteria, value);
        yield c -> c.getId() != id;
      }
      case GREATER -> {
        long id = id(criteria, value);
        yield c -> c.getId() > id;
      }
      case LESSER -> {
        long id = id(criteria, value);
        yield c -> c.getId() < id;
      }
      case IN -> {
        Set<Long> ids = Set.copyOf(ids(criteria));
        yield c -> ids.contains(c.getId());
      }
      case CONTAINS -> c -> Long.toString(c.getId()).contains(value);
      default -> throw unsupported(criteria);
    };
  }

  private static String field(Criteria criteria) {
    return criteria.getField().strip().toLowerCase(Locale.ROOT);
  }

  private static String value(Criteria criteria) {
    return criteria.getValue() == null ? "" : criteria.getValue().strip();
  }

  private static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private static List<Long> ids(Criteria criteria) {
    List<Long> ids = new ArrayList<>();
    for (String item : list(value(criteria))) {
      ids.add(id(criteria, item));
    }
    return ids;
  }

  private static long id(Criteria criteria, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiError.invalid(
          "Criteria", "'" + text + "' is not a valid id (field '" + criteria.getField() + "')");
    }
  }

  private static ApiError unsupported(Criteria criteria) {
    return ApiError.invalid(
        "Criteria",
        "the operator '"
            + criteria.getOperator().value()
            + "' is not supported on the field '"
            + criteria.getField()
            + "'");
  }

  private static String auth(
      AzureAssetDataConnector connector, Function<AzureAuthRecordSimple, String> getter) {
    AzureAuthRecordSimple auth = connector.getAuthRecord();
    return auth == null ? null : getter.apply(auth);
  }
}
