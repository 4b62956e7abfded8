package dev.qpsbind.azure.validation;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where each element of a document started, by element path, so that a check made on objects can
 * point at the line and column the object came from.
 *
 * <p>Paths are absolute, one segment per element; the second and later elements of the same name
 * under one parent carry a 1-based index: {@code
 * /ServiceRequest/data/AzureAssetDataConnector/connectorAppInfos/set/ConnectorAppInfoQList[2]}. The
 * first carries none ({@code [1]} may be written and means the same).
 */
public final class DocumentLocations {

  /** A line and column in a document. */
  public record Location(int line, int column) {}

  private static final DocumentLocations NONE = new DocumentLocations(Map.of());

  private final Supplier<Map<String, Location>> source;
  private volatile Map<String, Location> byPath;

  /** Locations keyed by normalised path (see {@link #normalise(String)}). */
  public DocumentLocations(Map<String, Location> byPath) {
    this.byPath = Map.copyOf(byPath);
    this.source = null;
  }

  private DocumentLocations(Supplier<Map<String, Location>> source) {
    this.source = source;
  }

  /**
   * Locations computed on first use: reading a document notes where elements start cheaply, and
   * turns that into paths only when an issue has to be placed.
   */
  public static DocumentLocations lazy(Supplier<Map<String, Location>> source) {
    return new DocumentLocations(java.util.Objects.requireNonNull(source, "source == null"));
  }

  private Map<String, Location> byPath() {
    Map<String, Location> map = byPath;
    if (map == null) {
      synchronized (this) {
        map = byPath;
        if (map == null) {
          map = Map.copyOf(source.get());
          byPath = map;
        }
      }
    }
    return map;
  }

  /** No locations: for objects that did not come from a document. */
  public static DocumentLocations none() {
    return NONE;
  }

  /** Drops every {@code [1]} index, so that both spellings of a first element compare equal. */
  public static String normalise(String path) {
    return path.replace("[1]", "");
  }

  /**
   * The location of the element at the path, or of its nearest ancestor in the document when the
   * element itself is absent (a missing child is reported where its parent starts); null when
   * nothing matches.
   */
  public Location find(String path) {
    Objects.requireNonNull(path, "path == null");
    String key = normalise(path);
    while (!key.isEmpty()) {
      Location found = byPath().get(key);
      if (found != null) {
        return found;
      }
      int slash = key.lastIndexOf('/');
      key = slash <= 0 ? "" : key.substring(0, slash);
    }
    return null;
  }

  /** The issue placed at its element's location, if it has none yet and the path is known. */
  public ValidationIssue locate(ValidationIssue issue) {
    if (issue.hasLocation()) {
      return issue;
    }
    Location found = find(issue.path());
    return found == null ? issue : issue.at(found.line(), found.column());
  }

  /** Whether no location is known. */
  public boolean isEmpty() {
    return byPath().isEmpty();
  }
}
