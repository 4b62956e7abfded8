package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.resource;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Switching rules off by id. */
class RequestRulesBuilderTest {

  private static final String SAMPLE_3 = "/rules/update-request-sample3-as-documented.xml";

  @Test
  void disabledRuleNoLongerRefusesTheRequest() {
    RequestRules rules = RequestRules.builder().disable("cps.start-date").build();
    String xml = resource(SAMPLE_3);

    ValidationReport report = validate(xml, rules, Operation.UPDATE, 12345L);
    XmlCodec codec = XmlCodec.create();
    byte[] written =
        codec.marshal(
            codec.readRequest(xml.getBytes(StandardCharsets.UTF_8)).value(),
            rules.forOperation(Operation.UPDATE, 12345L));

    assertThat(report.issues()).isEmpty();
    assertThat(written).isNotEmpty();
    assertThat(validate(xml, Operation.UPDATE, 12345L).errors())
        .extracting(ValidationIssue::rule)
        .containsExactly("cps.start-date");
  }

  @Test
  void otherRulesStayOnWhenOneIsDisabled() {
    RequestRules rules = RequestRules.builder().disable("cps.start-date").build();
    String xml =
        resource(SAMPLE_3).replace("<startTime>15:45</startTime>", "<startTime>3:45</startTime>");

    ValidationReport report = validate(xml, rules, Operation.UPDATE, 12345L);

    assertThat(report.errors()).extracting(ValidationIssue::rule).containsExactly("cps.start-time");
  }

  @Test
  void ruleCanBeDisabledByItsConstant() {
    RequestRules rules = RequestRules.builder().disable(Rule.CPS_START_DATE).build();

    assertThat(rules.enabledRules())
        .doesNotContain(Rule.CPS_START_DATE)
        .contains(Rule.CPS_TIMEZONE);
    assertThat(rules.enabledRules()).hasSize(Rule.values().length - 1);
    assertThat(rules).hasToString("RequestRules[off: cps.start-date]");
  }

  @Test
  void standardRulesHaveEveryRuleOn() {
    assertThat(RequestRules.standard().enabledRules()).containsExactlyInAnyOrder(Rule.values());
    assertThat(RequestRules.builder().build().enabledRules()).hasSize(Rule.values().length);
  }

  @Test
  void unknownIdIsRefused() {
    RequestRules.Builder builder = RequestRules.builder();

    assertThatThrownBy(() -> builder.disable("cps.start-dates"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rule id 'cps.start-dates'")
        .hasMessageContaining("cps.start-date,");
  }

  @Test
  void nullIdIsRefused() {
    assertThatThrownBy(() -> RequestRules.builder().disable((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id == null");
  }
}
