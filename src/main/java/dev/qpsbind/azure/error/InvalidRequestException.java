package dev.qpsbind.azure.error;

import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.List;

/** A request broke the schema or a request rule. Thrown before anything is sent. */
public class InvalidRequestException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /** An exception for these issues. */
  public InvalidRequestException(String summary, List<ValidationIssue> issues) {
    super(summary, issues);
  }
}
