package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.issuesOf;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Filters;
import dev.qpsbind.azure.model.RequestData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.XmlCodec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** filter.required, filter.not-equals, filter.operator, filter.field (field case C11). */
class FilterRulesTest {

  /** The body of field case C11: update everything except one connector. */
  private static final String NOT_EQUALS =
      """
      <ServiceRequest>
      <filters>
      <Criteria field="name" operator="NOT EQUALS">keep-me</Criteria>
      </filters>
      <data><AzureAssetDataConnector><disabled>true</disabled></AzureAssetDataConnector></data>
      </ServiceRequest>
      """;

  private static final String DELETE_NOT_EQUALS =
      """
      <ServiceRequest>
      <filters>
      <Criteria field="id" operator="EQUALS">77</Criteria>
      <Criteria field="name" operator="NOT EQUALS">keep-me</Criteria>
      </filters>
      </ServiceRequest>
      """;

  @Test
  void notEqualsInUpdateFilterIsRefused() {
    ValidationReport report = validate(NOT_EQUALS, Operation.UPDATE_BY_FILTER, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.FILTER_NOT_EQUALS);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters/Criteria");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(46);
    assertThat(issue.message()).contains("'NOT EQUALS'", "an update by filter", "field 'name'");
  }

  @Test
  void notEqualsInDeleteFilterIsRefusedAtItsCriteria() {
    ValidationReport report = validate(DELETE_NOT_EQUALS, Operation.DELETE_BY_FILTER, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.FILTER_NOT_EQUALS);
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters/Criteria[2]");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(46);
    assertThat(issue.message()).contains("'NOT EQUALS'", "a delete by filter", "to delete");
  }

  @Test
  void anEmptyValueInADeleteFilterIsRefused() {
    String xml =
        """
        <ServiceRequest>
        <filters>
        <Criteria field="name" operator="CONTAINS"></Criteria>
        </filters>
        </ServiceRequest>
        """;

    ValidationReport report = validate(xml, Operation.DELETE_BY_FILTER, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.FILTER_EMPTY_VALUE);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters/Criteria");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(44);
    assertThat(issue.message()).contains("'CONTAINS'", "a delete by filter", "no value");
  }

  @Test
  void anInListWithoutItemsInAnUpdateFilterIsRefusedAndAValuePasses() {
    String empty =
        """
        <ServiceRequest>
        <filters><Criteria field="id" operator="IN"> , </Criteria></filters>
        <data><AzureAssetDataConnector><disabled>true</disabled></AzureAssetDataConnector></data>
        </ServiceRequest>
        """;
    String named = empty.replace(" , ", "77,78");

    ValidationReport refused = validate(empty, Operation.UPDATE_BY_FILTER, null);
    ValidationReport passed = validate(named, Operation.UPDATE_BY_FILTER, null);

    assertThat(onlyIssueOf(refused, Rule.FILTER_EMPTY_VALUE).path())
        .isEqualTo("/ServiceRequest/filters/Criteria");
    assertThat(issuesOf(passed, Rule.FILTER_EMPTY_VALUE)).isEmpty();
  }

  @Test
  void anEmptyValueStaysLegalForSearch() {
    String xml =
        """
        <ServiceRequest>
        <filters><Criteria field="name" operator="CONTAINS"></Criteria></filters>
        </ServiceRequest>
        """;

    assertThat(issuesOf(validate(xml, Operation.SEARCH, null), Rule.FILTER_EMPTY_VALUE)).isEmpty();
  }

  @Test
  void notEqualsStaysLegalForSearch() {
    String xml =
        """
        <ServiceRequest>
        <filters><Criteria field="name" operator="NOT EQUALS">keep-me</Criteria></filters>
        </ServiceRequest>
        """;

    assertThat(validate(xml, Operation.SEARCH, null).issues()).isEmpty();
  }

  @Test
  void equalsAndInAreAcceptedInUpdateFilter() {
    String xml =
        """
        <ServiceRequest>
        <filters>
        <Criteria field="id" operator="IN">77,78</Criteria>
        <Criteria field="name" operator="EQUALS">dev-azure</Criteria>
        </filters>
        <data><AzureAssetDataConnector><disabled>true</disabled></AzureAssetDataConnector></data>
        </ServiceRequest>
        """;

    assertThat(validate(xml, Operation.UPDATE_BY_FILTER, null).issues()).isEmpty();
  }

  @Test
  void updateByFilterWithoutFilterIsRefused() {
    String xml =
        """
        <ServiceRequest>
        <data><AzureAssetDataConnector><disabled>true</disabled></AzureAssetDataConnector></data>
        </ServiceRequest>
        """;

    ValidationReport report = validate(xml, Operation.UPDATE_BY_FILTER, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.FILTER_REQUIRED);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters");
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isEqualTo(17);
    assertThat(issue.message()).contains("would update every connector");
  }

  @Test
  void deleteByFilterWithoutFilterIsRefused() {
    ValidationReport report = validate("<ServiceRequest/>", Operation.DELETE_BY_FILTER, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.FILTER_REQUIRED);
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.message()).contains("would delete every connector");
  }

  @Test
  void deleteByFilterWithFilterPasses() {
    String xml =
        """
        <ServiceRequest>
        <filters><Criteria field="id" operator="EQUALS">77</Criteria></filters>
        </ServiceRequest>
        """;

    assertThat(validate(xml, Operation.DELETE_BY_FILTER, null).issues()).isEmpty();
  }

  @Test
  void criteriaWithoutOperatorIsRefusedAtItsElement() {
    // The schema requires the attribute, so only an object can lack it: write it and read the
    // located issues from the refusal.
    ServiceRequest request = search(criteria("name", null, "dev"), criteria("id", null, "7"));

    InvalidRequestException refused =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                XmlCodec.create()
                    .marshal(
                        request, RequestRules.standard().forOperation(Operation.SEARCH, null)));

    ValidationIssue issue =
        refused.issues().stream()
            .filter(i -> i.rule().equals("filter.operator"))
            .filter(i -> i.path().endsWith("[2]"))
            .findFirst()
            .orElseThrow();
    // Line 1 of the written XML is its declaration; items are indented by eight spaces.
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters/Criteria[2]");
    assertThat(issue.line()).isEqualTo(5);
    assertThat(issue.column()).isEqualTo(30);
    assertThat(issue.message()).contains("field 'id'", "has no operator", "NOT EQUALS, CONTAINS");
  }

  @Test
  void everyDocumentedOperatorIsAccepted() {
    Criteria[] all =
        Arrays.stream(CriteriaOperator.values())
            .map(operator -> criteria("name", operator, "x"))
            .toArray(Criteria[]::new);

    var issues = RequestRules.standard().check(search(all), Operation.SEARCH, null);

    assertThat(issues).isEmpty();
    assertThat(FilterRules.DOCUMENTED_OPERATORS)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(CriteriaOperator.values()).map(CriteriaOperator::value).toList());
  }

  @Test
  void criteriaWithoutFieldIsRefused() {
    ServiceRequest request = search(criteria(" ", CriteriaOperator.EQUALS, "dev"));

    var issues = RequestRules.standard().check(request, Operation.SEARCH, null);

    assertThat(issues)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.rule()).isEqualTo("filter.field");
              assertThat(issue.path()).isEqualTo("/ServiceRequest/filters/Criteria");
            });
  }

  @Test
  void criteriaWithFieldPasses() {
    String xml =
        """
        <ServiceRequest>
        <filters><Criteria field="name" operator="CONTAINS">dev</Criteria></filters>
        </ServiceRequest>
        """;

    ValidationReport report = validate(xml, Operation.SEARCH, null);

    assertThat(issuesOf(report, Rule.FILTER_FIELD)).isEmpty();
    assertThat(issuesOf(report, Rule.FILTER_OPERATOR)).isEmpty();
  }

  @Test
  void criteriaWithoutFieldIsLocatedWhenWritten() {
    ServiceRequest request = updateByFilter(criteria(null, CriteriaOperator.EQUALS, "dev"));

    InvalidRequestException refused =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                XmlCodec.create()
                    .marshal(
                        request,
                        RequestRules.standard().forOperation(Operation.UPDATE_BY_FILTER, null)));

    ValidationIssue issue =
        refused.issues().stream()
            .filter(i -> i.rule().equals("filter.field"))
            .findFirst()
            .orElseThrow();
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters/Criteria");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(37);
  }

  private static Criteria criteria(String field, CriteriaOperator operator, String value) {
    Criteria criteria = new Criteria();
    criteria.setField(field);
    criteria.setOperator(operator);
    criteria.setValue(value);
    return criteria;
  }

  private static ServiceRequest search(Criteria... criteria) {
    ServiceRequest request = new ServiceRequest();
    Filters filters = new Filters();
    filters.getCriteria().addAll(Arrays.asList(criteria));
    request.setFilters(filters);
    return request;
  }

  private static ServiceRequest updateByFilter(Criteria... criteria) {
    ServiceRequest request = search(criteria);
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setDisabled(true);
    RequestData data = new RequestData();
    data.setAzureAssetDataConnector(connector);
    request.setData(data);
    return request;
  }
}
