package dev.qpsbind.azure.rules;

/**
 * The operations of the connector API. Which request rules apply depends on the operation: a filter
 * that is fine for a search is refused for an update by filter, for example.
 */
public enum Operation {
  /** POST /qps/rest/3.0/create/am/azureassetdataconnector */
  CREATE("create"),
  /** POST /qps/rest/3.0/update/am/azureassetdataconnector/{id} */
  UPDATE("update"),
  /** POST /qps/rest/3.0/update/am/azureassetdataconnector with filters */
  UPDATE_BY_FILTER("update-by-filter"),
  /** GET /qps/rest/3.0/get/am/azureassetdataconnector/{id} */
  GET("get"),
  /** POST /qps/rest/3.0/search/am/azureassetdataconnector */
  SEARCH("search"),
  /** POST /qps/rest/3.0/delete/am/azureassetdataconnector/{id} */
  DELETE("delete"),
  /** POST /qps/rest/3.0/delete/am/azureassetdataconnector with filters */
  DELETE_BY_FILTER("delete-by-filter"),
  /** POST /qps/rest/3.0/run/am/azureassetdataconnector/{id} */
  RUN("run"),
  /** POST /qps/rest/3.0/search/am/assetdataconnectorerrors */
  SEARCH_ERRORS("errors");

  private final String label;

  Operation(String label) {
    this.label = label;
  }

  /** The name used on the command line and in messages, like {@code update-by-filter}. */
  public String label() {
    return label;
  }

  /** The operation with this label. */
  public static Operation fromLabel(String label) {
    for (Operation operation : values()) {
      if (operation.label.equals(label)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("unknown operation: " + label);
  }
}
