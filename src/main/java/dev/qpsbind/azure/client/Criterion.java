package dev.qpsbind.azure.client;

import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import java.util.Objects;

/**
 * Short ways to build a filter {@link Criteria}: {@code Criterion.equalTo("name", "prod-sub-01")}
 * gives {@code <Criteria field="name" operator="EQUALS">prod-sub-01</Criteria>}. Stateless.
 */
public final class Criterion {

  private Criterion() {}

  /**
   * A criterion.
   *
   * @param field the field, for example {@code name} or {@code authRecord.subscriptionId}
   * @param operator the operator
   * @param value the value; for {@code IN}, a comma-separated list
   */
  public static Criteria of(String field, CriteriaOperator operator, Object value) {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(operator, "operator == null");
    Objects.requireNonNull(value, "value == null");
    Criteria criteria = new Criteria();
    criteria.setField(field);
    criteria.setOperator(operator);
    criteria.setValue(String.valueOf(value));
    return criteria;
  }

  /** A criterion {@code field EQUALS value}. */
  public static Criteria equalTo(String field, Object value) {
    return of(field, CriteriaOperator.EQUALS, value);
  }
}
