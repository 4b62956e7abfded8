package dev.qpsbind.azure.validation;

/** How serious a {@link ValidationIssue} is. */
public enum Severity {
  /** The document would be refused (or, for an answer, cannot be trusted); nothing is sent. */
  ERROR,
  /** The document is usable, but something deserves attention (for example an unknown element). */
  WARNING
}
