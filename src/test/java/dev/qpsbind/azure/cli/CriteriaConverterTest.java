package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

class CriteriaConverterTest {

  private final CriteriaConverter filters = new CriteriaConverter();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "name:EQUALS:prod-sub-01 | name | EQUALS | prod-sub-01",
        "name:equals:prod:eu:1 | name | EQUALS | prod:eu:1",
        "name:NOT_EQUALS:keep | name | NOT_EQUALS | keep",
        "name:not equals:keep | name | NOT_EQUALS | keep",
        "name:Not Equals:keep | name | NOT_EQUALS | keep",
        "id:in:2004,2005 | id | IN | 2004,2005",
        "id:Greater:10 | id | GREATER | 10",
        "id:lesser:10 | id | LESSER | 10",
        "description:CONTAINS:a b | description | CONTAINS | a b",
        "authRecord.subscriptionId:NONE:x | authRecord.subscriptionId | NONE | x"
      })
  void aFilterIsSplitOnItsFirstTwoColons(
      String text, String field, CriteriaOperator operator, String value) {
    Criteria criteria = filters.convert(text);

    assertThat(criteria.getField()).isEqualTo(field);
    assertThat(criteria.getOperator()).isEqualTo(operator);
    assertThat(criteria.getValue()).isEqualTo(value);
  }

  @Test
  void anEmptyValueIsKept() {
    assertThat(filters.convert("description:EQUALS:").getValue()).isEmpty();
  }

  @Test
  void anUnknownOperatorIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> filters.convert("name:LIKE:prod"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "unknown operator 'LIKE' in 'name:LIKE:prod'; one of: EQUALS, NOT_EQUALS (or NOT"
                + " EQUALS), CONTAINS, GREATER, LESSER, IN, NONE");
  }

  @Test
  void aFilterWithoutTwoColonsOrAFieldIsRefused() {
    assertThatThrownBy(() -> filters.convert("name:EQUALS"))
        .hasMessageContaining("is not FIELD:OP:VALUE");
    assertThatThrownBy(() -> filters.convert(":EQUALS:x")).hasMessageContaining("names no field");
  }

  @Test
  void filtersReachTheWireAsTheyWereGiven() {
    CliRun run =
        CliRun.of(
            "search",
            "--filter",
            "name:equals:prod:eu",
            "--filter",
            "id:not_equals:5",
            "--platform",
            "US1",
            "--dry-run");

    assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
    assertThat(run.out())
        .contains(
            "POST https://qualysapi.qualys.com/qps/rest/3.0/search/am/azureassetdataconnector")
        .contains("<Criteria field=\"name\" operator=\"EQUALS\">prod:eu</Criteria>")
        .contains("<Criteria field=\"id\" operator=\"NOT EQUALS\">5</Criteria>");
  }
}
