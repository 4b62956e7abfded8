package dev.qpsbind.azure.error;

import java.util.OptionalLong;

/**
 * A search over every page read the most pages allowed and the server still said more records
 * follow. Thrown instead of returning a silently truncated result; {@link #lastId()} is the cursor
 * from which a further search can go on.
 */
public class PageLimitException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  private final int pages;
  private final Long lastId;

  /**
   * An exception after a number of pages.
   *
   * @param pages the pages read
   * @param lastId the cursor of the last page read, or null
   */
  public PageLimitException(int pages, Long lastId) {
    super(
        "the search read the page limit of '"
            + pages
            + "' pages and the server still says"
            + " more records follow (last id '"
            + lastId
            + "'); raise maxPages, narrow the filters, or"
            + " go on with preferences/startFromId");
    this.pages = pages;
    this.lastId = lastId;
  }

  /** The pages read before giving up. */
  public int pages() {
    return pages;
  }

  /** The cursor of the last page read. */
  public OptionalLong lastId() {
    return lastId == null ? OptionalLong.empty() : OptionalLong.of(lastId);
  }
}
