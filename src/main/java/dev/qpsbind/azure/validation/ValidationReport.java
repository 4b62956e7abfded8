package dev.qpsbind.azure.validation;

import java.util.List;
import java.util.Objects;

/**
 * Everything a validation found, in document order. Immutable.
 *
 * @param kind what the document turned out to be
 * @param issues every issue found, errors and warnings
 */
public record ValidationReport(DocumentKind kind, List<ValidationIssue> issues) {

  /** Copies the list. */
  public ValidationReport {
    Objects.requireNonNull(kind, "kind == null");
    issues = List.copyOf(issues);
  }

  /** Whether any issue is an error. */
  public boolean hasErrors() {
    return issues.stream().anyMatch(ValidationIssue::isError);
  }

  /** The error-level issues. */
  public List<ValidationIssue> errors() {
    return issues.stream().filter(ValidationIssue::isError).toList();
  }

  /** The warning-level issues. */
  public List<ValidationIssue> warnings() {
    return issues.stream().filter(issue -> !issue.isError()).toList();
  }
}
