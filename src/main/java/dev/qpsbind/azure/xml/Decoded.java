package dev.qpsbind.azure.xml;

import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.List;
import java.util.Objects;

/**
 * A document read into objects, with the warnings the read produced (unknown elements or values, a
 * count that does not match the records). A read with an error throws instead.
 *
 * @param value the object read
 * @param warnings the warnings, in document order; empty when the document was clean
 * @param locations where each element of the document started, for checks made on the objects
 * @param <T> {@code ServiceRequest} or {@code ServiceResponse}
 */
public record Decoded<T>(T value, List<ValidationIssue> warnings, DocumentLocations locations) {

  /** Copies the list. */
  public Decoded {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(locations, "locations == null");
    warnings = List.copyOf(warnings);
  }
}
