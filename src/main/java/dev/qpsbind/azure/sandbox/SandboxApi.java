package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Filters;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.rules.Operation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The API operations of the sandbox on a validated request: the checks only a server can make (ids
 * that exist, NOT EQUALS in update and delete filters, fields the server sets), the store call, and
 * the answer in Qualys' shape (an update answers the id alone, the key is never returned). Errors
 * are thrown as {@link ApiError}. Thread-safe (the store is).
 */
final class SandboxApi {

  /** The page size of a search without {@code limitResults}. */
  static final int DEFAULT_LIMIT = 100;

  /** The largest {@code limitResults} Qualys accepts. */
  static final int MAX_LIMIT = 1000;

  /**
   * The connector fields the server sets, in schema order: a create or update that sends one is
   * refused as Qualys refuses it, naming the element first (field case C04).
   */
  private static final List<Map.Entry<String, Function<AzureAssetDataConnector, Object>>>
      SERVER_SET =
          List.of(
              Map.entry("awsAccountId", AzureAssetDataConnector::getAwsAccountId),
              Map.entry("lastSync", AzureAssetDataConnector::getLastSync),
              Map.entry("lastError", AzureAssetDataConnector::getLastError),
              Map.entry("connectorState", AzureAssetDataConnector::getConnectorState),
              Map.entry("type", AzureAssetDataConnector::getType),
              Map.entry("isChinaConfigured", AzureAssetDataConnector::isChinaConfigured),
              Map.entry("isDeleted", AzureAssetDataConnector::isDeleted),
              Map.entry("nextSync", AzureAssetDataConnector::getNextSync),
              Map.entry("cloudviewUuid", AzureAssetDataConnector::getCloudviewUuid),
              Map.entry(
                  "isInstantAssessmentEnabled",
                  AzureAssetDataConnector::isInstantAssessmentEnabled),
              Map.entry(
                  "isAttachedToOrgConnector", AzureAssetDataConnector::isAttachedToOrgConnector),
              Map.entry("subscriptionName", AzureAssetDataConnector::getSubscriptionName));

  private final ConnectorStore store;

  SandboxApi(ConnectorStore store) {
    this.store = store;
  }

  /**
   * Runs an operation.
   *
   * @param pathId the id in the path, or null
   * @throws ApiError for an answer whose code is not SUCCESS
   */
  ServiceResponse execute(Operation operation, Long pathId, ServiceRequest request) {
    return switch (operation) {
      case CREATE -> create(request);
      case UPDATE -> update(pathId, request);
      case UPDATE_BY_FILTER -> updateWhere(request);
      case GET -> connectors(List.of(Views.full(store.get(pathId))));
      case SEARCH -> search(request);
      case DELETE -> {
        store.delete(pathId);
        yield connectors(List.of(Views.idOnly(pathId)));
      }
      case DELETE_BY_FILTER -> deleteWhere(request);
      case RUN -> connectors(List.of(Views.runStarted(store.run(pathId))));
      case SEARCH_ERRORS -> searchErrors(request);
    };
  }

  private ServiceResponse create(ServiceRequest request) {
    AzureAssetDataConnector data = data(request);
    serverSetFields(data);
    if (data.getName() == null || data.getName().isBlank()) {
      throw ApiError.invalid("name", "a connector needs a name");
    }
    // An id in a create body (the create page lists it as an input) is ignored: ids are the
    // server's to assign.
    return connectors(List.of(Views.created(store.create(data))));
  }

  private ServiceResponse update(long id, ServiceRequest request) {
    AzureAssetDataConnector data = data(request);
    serverSetFields(data);
    if (data.getId() != null && data.getId() != id) {
      throw ApiError.invalid(
          "id",
          "the id in the data ('" + data.getId() + "') is not the id in the path ('" + id + "')");
    }
    store.update(id, data);
    return connectors(List.of(Views.idOnly(id)));
  }

  private ServiceResponse updateWhere(ServiceRequest request) {
    Filters filters = changeFilters(request, "update");
    AzureAssetDataConnector data = data(request);
    serverSetFields(data);
    if (data.getId() != null) {
      throw ApiError.invalid(
          "id", "an update by filter cannot name an id in its data; use an id filter");
    }
    List<Long> ids = store.updateWhere(ConnectorFilter.of(filters), data);
    return connectors(ids.stream().map(Views::idOnly).toList());
  }

  private ServiceResponse deleteWhere(ServiceRequest request) {
    Filters filters = changeFilters(request, "delete");
    List<Long> ids = store.deleteWhere(ConnectorFilter.of(filters));
    return connectors(ids.stream().map(Views::idOnly).toList());
  }

  private ServiceResponse search(ServiceRequest request) {
    Preferences preferences = request.getPreferences();
    int limit = limit(preferences);
    int offset = offset(preferences);
    long startFromId =
        preferences == null || preferences.getStartFromId() == null
            ? Long.MIN_VALUE
            : preferences.getStartFromId();
    ConnectorStore.Page page =
        store.search(ConnectorFilter.of(request.getFilters()), startFromId, offset, limit);
    ServiceResponse response = connectors(page.items().stream().map(Views::full).toList());
    response.setHasMoreRecords(page.hasMore());
    if (!page.items().isEmpty()) {
      response.setLastId(page.items().get(page.items().size() - 1).getId());
    }
    return response;
  }

  private ServiceResponse searchErrors(ServiceRequest request) {
    Preferences preferences = request.getPreferences();
    ConnectorStore.ErrorsPage page =
        store.errors(
            ConnectorFilter.connectorIds(request.getFilters()),
            offset(preferences),
            limit(preferences));
    ServiceResponse response = success(page.items().size());
    response.setHasMoreRecords(page.hasMore());
    if (!page.items().isEmpty()) {
      ResponseData data = new ResponseData();
      List<AssetDataConnectorErrors> records = data.getAssetDataConnectorErrors();
      records.addAll(page.items());
      response.setData(data);
    }
    return response;
  }

  // ---------------------------------------------------------------------------------------------
  // What only the server checks

  private static AzureAssetDataConnector data(ServiceRequest request) {
    if (request.getData() == null || request.getData().getAzureAssetDataConnector() == null) {
      throw ApiError.invalid("data", "the request holds no AzureAssetDataConnector");
    }
    return request.getData().getAzureAssetDataConnector();
  }

  private static void serverSetFields(AzureAssetDataConnector data) {
    for (Map.Entry<String, Function<AzureAssetDataConnector, Object>> field : SERVER_SET) {
      if (field.getValue().apply(data) != null) {
        throw ApiError.invalid(
            field.getKey(),
            "An error occurred while validating the element (the server sets it; leave it out"
                + " of create and update requests).");
      }
    }
  }

  /** Update and delete by filter need filters, and refuse NOT EQUALS in them (field case C11). */
  private static Filters changeFilters(ServiceRequest request, String verb) {
    Filters filters = request.getFilters();
    if (filters == null || filters.getCriteria().isEmpty()) {
      throw ApiError.invalid(
          "filters", "a " + verb + " without an id in the path needs filters to select connectors");
    }
    for (Criteria criteria : filters.getCriteria()) {
      if (criteria.getOperator() == CriteriaOperator.NOT_EQUALS) {
        throw ApiError.invalid(
            "Criteria",
            "the operator 'NOT EQUALS' is not supported in the filters of a "
                + verb
                + " (field '"
                + criteria.getField()
                + "'); use EQUALS or IN");
      }
    }
    return filters;
  }

  private static int limit(Preferences preferences) {
    if (preferences == null || preferences.getLimitResults() == null) {
      return DEFAULT_LIMIT;
    }
    int limit = preferences.getLimitResults();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiError.invalid(
          "limitResults", "must be between 1 and " + MAX_LIMIT + ", was '" + limit + "'");
    }
    return limit;
  }

  /** The number of matching records to skip: {@code startFromOffset} counts from 1. */
  private static int offset(Preferences preferences) {
    if (preferences == null || preferences.getStartFromOffset() == null) {
      return 0;
    }
    int offset = preferences.getStartFromOffset();
    if (offset < 1) {
      throw ApiError.invalid("startFromOffset", "must be 1 or more, was '" + offset + "'");
    }
    return offset - 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Answers

  private static ServiceResponse success(int count) {
    ServiceResponse response = new ServiceResponse();
    response.setResponseCode("SUCCESS");
    response.setCount(count);
    return response;
  }

  /** A SUCCESS answer holding these connectors; no {@code data} at all when there are none. */
  private static ServiceResponse connectors(List<AzureAssetDataConnector> items) {
    ServiceResponse response = success(items.size());
    if (!items.isEmpty()) {
      ResponseData data = new ResponseData();
      data.getAzureAssetDataConnectors().addAll(items);
      response.setData(data);
    }
    return response;
  }

  /** The shapes in which a connector is answered. */
  static final class Views {

    private Views() {}

    /** Get and search: everything but the key. */
    static AzureAssetDataConnector full(AzureAssetDataConnector stored) {
      if (stored.getAuthRecord() != null) {
        stored.getAuthRecord().setAuthenticationKey(null);
      }
      return stored;
    }

    /** Create: everything, with the authentication record echoed empty, as Qualys does. */
    static AzureAssetDataConnector created(AzureAssetDataConnector stored) {
      stored.setAuthRecord(new AzureAuthRecordSimple());
      return stored;
    }

    /** Update and delete: the id alone. */
    static AzureAssetDataConnector idOnly(long id) {
      AzureAssetDataConnector connector = new AzureAssetDataConnector();
      connector.setId(id);
      return connector;
    }

    /** Run: the id and the state the run starts in. */
    static AzureAssetDataConnector runStarted(AzureAssetDataConnector stored) {
      AzureAssetDataConnector connector = idOnly(stored.getId());
      connector.setConnectorState(stored.getConnectorState());
      return connector;
    }
  }
}
