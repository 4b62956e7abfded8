package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --filter FIELD:OP:VALUE}: split on the first two colons only, so that a value may hold
 * colons ({@code name:EQUALS:prod:eu} filters on {@code prod:eu}). {@code OP} is one of {@code
 * EQUALS}, {@code NOT_EQUALS} or {@code NOT EQUALS}, {@code CONTAINS}, {@code GREATER}, {@code
 * LESSER}, {@code IN}, {@code NONE}, in any case. Stateless.
 */
final class CriteriaConverter implements ITypeConverter<Criteria> {

  static final String OPERATORS =
      "EQUALS, NOT_EQUALS (or NOT EQUALS), CONTAINS, GREATER, LESSER, IN, NONE";

  @Override
  public Criteria convert(String text) {
    int first = text.indexOf(':');
    int second = first < 0 ? -1 : text.indexOf(':', first + 1);
    if (second < 0) {
      throw new TypeConversionException(
          "'" + text + "' is not FIELD:OP:VALUE (for example name:EQUALS:prod-sub-01)");
    }
    String field = text.substring(0, first).strip();
    String operator = text.substring(first + 1, second).strip();
    String value = text.substring(second + 1);
    if (field.isEmpty()) {
      throw new TypeConversionException("'" + text + "' names no field before the first ':'");
    }
    Criteria criteria = new Criteria();
    criteria.setField(field);
    criteria.setOperator(operator(operator, text));
    criteria.setValue(value);
    return criteria;
  }

  private static CriteriaOperator operator(String name, String text) {
    String normal = name.toUpperCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    for (CriteriaOperator operator : CriteriaOperator.values()) {
      if (operator.value().equals(normal)) {
        return operator;
      }
    }
    throw new TypeConversionException(
        "unknown operator '" + name + "' in '" + text + "'; one of: " + OPERATORS);
  }

  /** A criterion as the command line writes it: {@code FIELD:OP:VALUE}. */
  static String describe(Criteria criteria) {
    return criteria.getField() + ":" + criteria.getOperator().value() + ":" + criteria.getValue();
  }
}
