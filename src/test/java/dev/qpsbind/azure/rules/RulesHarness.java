package dev.qpsbind.azure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs request rules the way callers meet them: through {@link XmlCodec#validate(InputStream,
 * dev.qpsbind.azure.validation.RequestCheck)}, so that every issue has the line and column of its
 * element.
 */
final class RulesHarness {

  private static final XmlCodec CODEC = XmlCodec.create();

  private RulesHarness() {}

  /**
   * A request whose connector holds the given lines. The connector element is on line 3, so the
   * first body line is line 4, and body lines start in column 1.
   */
  static String connector(String body) {
    return "<ServiceRequest>\n<data>\n<AzureAssetDataConnector>\n"
        + body
        + (body.endsWith("\n") ? "" : "\n")
        + "</AzureAssetDataConnector>\n</data>\n</ServiceRequest>\n";
  }

  /** Validates a document with the standard rules of an operation. */
  static ValidationReport validate(String xml, Operation operation, Long pathId) {
    return validate(xml, RequestRules.standard(), operation, pathId);
  }

  /**
   * Validates a document with the rules given. Fails when the schema found anything: the rules only
   * run on schema-valid requests, so a schema slip would make a test pass for nothing.
   */
  static ValidationReport validate(
      String xml, RequestRules rules, Operation operation, Long pathId) {
    ValidationReport report =
        CODEC.validate(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            rules.forOperation(operation, pathId));
    assertThat(report.issues())
        .as("only request-rule issues (a schema issue means the rules never ran)")
        .allSatisfy(issue -> assertThat(Rule.find(issue.rule())).isPresent());
    return report;
  }

  /** The issues of one rule. */
  static List<ValidationIssue> issuesOf(ValidationReport report, Rule rule) {
    return report.issues().stream().filter(issue -> issue.rule().equals(rule.id())).toList();
  }

  /** The one issue of a rule, failing when there is not exactly one. */
  static ValidationIssue onlyIssueOf(ValidationReport report, Rule rule) {
    List<ValidationIssue> found = issuesOf(report, rule);
    assertThat(found).as("issues of %s in %s", rule.id(), report.issues()).hasSize(1);
    return found.get(0);
  }

  /** A test resource as text. */
  static String resource(String name) {
    try (InputStream in = RulesHarness.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
