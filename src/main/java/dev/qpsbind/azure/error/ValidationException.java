package dev.qpsbind.azure.error;

import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.List;
import java.util.stream.Collectors;

/** A document or object broke the schema or a request rule; carries every issue found. */
public class ValidationException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  private static final int ISSUES_IN_MESSAGE = 20;

  private final transient List<ValidationIssue> issues;

  /** An exception for these issues, with a summary line before them. */
  public ValidationException(String summary, List<ValidationIssue> issues) {
    super(describe(summary, issues));
    this.issues = List.copyOf(issues);
  }

  /** Every issue found, errors and warnings, in document order. */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /** The error-level issues. */
  public List<ValidationIssue> errors() {
    return issues.stream().filter(ValidationIssue::isError).toList();
  }

  private static String describe(String summary, List<ValidationIssue> issues) {
    List<ValidationIssue> errors = issues.stream().filter(ValidationIssue::isError).toList();
    String listed =
        errors.stream()
            .limit(ISSUES_IN_MESSAGE)
            .map(issue -> "  " + issue)
            .collect(Collectors.joining(System.lineSeparator()));
    String more =
        errors.size() > ISSUES_IN_MESSAGE
            ? System.lineSeparator() + "  ... and " + (errors.size() - ISSUES_IN_MESSAGE) + " more"
            : "";
    return summary
        + " ("
        + errors.size()
        + (errors.size() == 1 ? " error" : " errors")
        + "):"
        + System.lineSeparator()
        + listed
        + more;
  }
}
