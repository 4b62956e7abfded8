package dev.qpsbind.azure.client;

import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of a search answer: the records, the envelope's {@code count}, {@code hasMoreRecords}
 * and {@code lastId}, the warnings the answer produced (unknown elements, a count that does not
 * match the records) and the limit headers it carried.
 *
 * <p>Immutable and thread-safe as long as the records are not changed by the caller. No accessor
 * returns null: an answer without records gives an empty list.
 *
 * @param <T> the record type ({@code AzureAssetDataConnector} or {@code AssetDataConnectorErrors})
 */
public final class Page<T> {

  private final List<T> items;
  private final int count;
  private final boolean hasMoreRecords;
  private final OptionalLong lastId;
  private final List<ValidationIssue> warnings;
  private final RateLimitStatus rateLimit;

  /**
   * A page.
   *
   * @param items the records, in answer order
   * @param count the envelope's count, or null when the answer has none (the number of records is
   *     used then)
   * @param hasMoreRecords whether the answer says more records follow
   * @param lastId the envelope's lastId, or null
   * @param warnings the warnings of the answer
   * @param rateLimit the limit headers of the answer
   */
  public Page(
      List<T> items,
      Integer count,
      boolean hasMoreRecords,
      Long lastId,
      List<ValidationIssue> warnings,
      RateLimitStatus rateLimit) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items == null"));
    this.count = count == null ? this.items.size() : count;
    this.hasMoreRecords = hasMoreRecords;
    this.lastId = lastId == null ? OptionalLong.empty() : OptionalLong.of(lastId);
    this.warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings == null"));
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  /** The records of this page; empty, never null, when nothing matched. */
  public List<T> items() {
    return items;
  }

  /** The envelope's {@code count}, or the number of records when the answer gave none. */
  public int count() {
    return count;
  }

  /** Whether the answer says more records follow this page. */
  public boolean hasMoreRecords() {
    return hasMoreRecords;
  }

  /** The envelope's {@code lastId}: the cursor for the next page. */
  public OptionalLong lastId() {
    return lastId;
  }

  /** Warnings of the answer (unknown elements, a count that does not match the records). */
  public List<ValidationIssue> warnings() {
    return warnings;
  }

  /** The limit headers of the answer (for example {@code X-RateLimit-Remaining}). */
  public RateLimitStatus rateLimit() {
    return rateLimit;
  }

  /** Whether the page holds no record. */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public String toString() {
    return "Page{items="
        + items.size()
        + ", count="
        + count
        + ", hasMoreRecords="
        + hasMoreRecords
        + ", lastId="
        + (lastId.isPresent() ? String.valueOf(lastId.getAsLong()) : "none")
        + ", warnings="
        + warnings.size()
        + '}';
  }
}
