package dev.qpsbind.azure.error;

import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.List;

/**
 * An answer is malformed or truly invalid (a known element with a bad value, for example). Unknown
 * elements alone never cause this: they are reported as warnings.
 */
public class InvalidResponseException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /** An exception for these issues. */
  public InvalidResponseException(String summary, List<ValidationIssue> issues) {
    super(summary, issues);
  }
}
