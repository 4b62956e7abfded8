package dev.qpsbind.azure.validation;

import java.util.Objects;

/**
 * One problem found in a document or a request object.
 *
 * @param severity how serious it is
 * @param rule a stable identifier of the rule broken: a schema rule ({@code cvc-...}, as the XML
 *     Schema recommendation names it) or one of this library's ({@code unknown-element}, ...)
 * @param path the element path, for example {@code
 *     /ServiceRequest/data/AzureAssetDataConnector/name}
 * @param line the line in the document, or -1 when the issue did not come from a document
 * @param column the column in the document, or -1
 * @param message what is wrong and, where it helps, what to do; never contains a secret
 */
public record ValidationIssue(
    Severity severity, String rule, String path, int line, int column, String message) {

  /** Checks that no component is null. */
  public ValidationIssue {
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** An issue that did not come from a document (no line or column). */
  public static ValidationIssue of(Severity severity, String rule, String path, String message) {
    return new ValidationIssue(severity, rule, path, -1, -1, message);
  }

  /** Whether this issue is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Whether a line (and column) is known. */
  public boolean hasLocation() {
    return line > 0;
  }

  /** The same issue placed at a line and column (when it had none). */
  public ValidationIssue at(int newLine, int newColumn) {
    return new ValidationIssue(severity, rule, path, newLine, newColumn, message);
  }

  /**
   * Formats the issue the way compilers do: {@code SOURCE:LINE:COLUMN: SEVERITY [RULE] message (at
   * PATH)}; without a location, the line and column are left out.
   */
  public String format(String source) {
    StringBuilder out = new StringBuilder();
    if (source != null) {
      out.append(source).append(':');
    }
    if (hasLocation()) {
      out.append(line).append(':').append(column).append(':');
    }
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(severity).append(" [").append(rule).append("] ").append(message);
    if (!path.isEmpty()) {
      out.append(" (at ").append(path).append(')');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format(null);
  }
}
