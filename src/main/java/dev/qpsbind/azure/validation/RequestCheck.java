package dev.qpsbind.azure.validation;

import dev.qpsbind.azure.model.ServiceRequest;
import java.util.List;

/**
 * A check of a request object beyond the schema (the request rules of an operation, for example).
 * The codec runs it before writing and places each issue at the line and column of the element its
 * path names. Implementations must be thread-safe and must not put secrets in messages.
 */
@FunctionalInterface
public interface RequestCheck {

  /** A check that finds nothing. */
  RequestCheck NONE = request -> List.of();

  /**
   * The issues found in the request; paths in the form of {@link DocumentLocations}, without line
   * or column (the caller adds them).
   */
  List<ValidationIssue> check(ServiceRequest request);
}
