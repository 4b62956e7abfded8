package dev.qpsbind.azure;

import dev.qpsbind.azure.client.Criterion;
import dev.qpsbind.azure.client.Page;
import dev.qpsbind.azure.client.RateLimitStatus;
import dev.qpsbind.azure.client.RetryPolicy;
import dev.qpsbind.azure.client.Sleeper;
import dev.qpsbind.azure.error.ApiException;
import dev.qpsbind.azure.error.ConnectorException;
import dev.qpsbind.azure.error.ConnectorNotFoundException;
import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.error.PageLimitException;
import dev.qpsbind.azure.error.RateLimitException;
import dev.qpsbind.azure.error.TransportException;
import dev.qpsbind.azure.error.UnauthorizedException;
import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.Filters;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.RequestData;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.rules.Operation;
import dev.qpsbind.azure.rules.RequestRules;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.xml.Decoded;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the Qualys Asset Management API v3.0 for Azure asset data connectors ({@code
 * /qps/rest/3.0/{verb}/am/azureassetdataconnector}).
 *
 * <pre>{@code
 * try (AzureConnectorClient client = AzureConnectorClient.builder()
 *     .platform(Platform.US2)
 *     .credentials("api_user", password)
 *     .build()) {
 *   AzureAssetDataConnector changes = new AzureAssetDataConnector();
 *   changes.setDisabled(true);
 *   AzureAssetDataConnector updated = client.updateAndGet(4242, changes);
 * }
 * }</pre>
 *
 * <p><b>Before sending.</b> Every request is written by the validating codec and checked against
 * the request rules of its operation ({@link RequestRules#forOperation}) before anything leaves the
 * JVM; an invalid request throws {@link InvalidRequestException} and nothing is sent.
 *
 * <p><b>Answers.</b> Only an HTTP 2xx answer whose {@code responseCode} is {@code SUCCESS} is a
 * success; everything else throws a subclass of {@link ConnectorException}:
 *
 * <ul>
 *   <li>{@link ConnectorNotFoundException}: {@code OBJECT_NOT_FOUND}, or a call by id whose answer
 *       holds no connector (a search that finds nothing returns an empty page instead);
 *   <li>{@link UnauthorizedException}: HTTP 401 or 403, {@code UNAUTHORIZED}, {@code
 *       INSUFFICIENT_PERMISSION};
 *   <li>{@link RateLimitException}: HTTP 409 or 429, {@code LIMIT_EXCEEDED}, Qualys code 1965;
 *   <li>{@link ApiException}: any other failure answer, HTTP 200 with another code (such as {@code
 *       INVALID_API_VERSION}) or with no code included;
 *   <li>{@link TransportException}: no answer at all (timeout, refused or dropped connection);
 *   <li>{@link InvalidResponseException}: a successful answer that cannot be read, or one larger
 *       than {@link Builder#maxResponseBytes}.
 * </ul>
 *
 * <p><b>Retries</b> follow the {@link RetryPolicy}: limit answers are waited out and retried for
 * every operation, create, update, delete and run included, because a limit answer is a refusal
 * (the server did not carry the call out, so a second send cannot do it twice); transport failures
 * are retried for {@code get}, {@code search} and {@link #errors} only, since the server may have
 * carried out a write before the connection failed. Bodies are sent in chunked mode for the same
 * reason: the JDK's HTTP client would otherwise silently send a POST a second time after a dropped
 * connection.
 *
 * <p><b>Secrets.</b> The password, the {@code Authorization} header and any {@code
 * authenticationKey} never appear in logs, exception messages or {@code toString()}. The logger
 * {@code dev.qpsbind.azure.AzureConnectorClient} writes the request line, status and duration at
 * DEBUG and the bodies (8 KiB at most, secrets masked) at TRACE.
 *
 * <p>Instances are immutable and thread-safe; share one per platform and account. Arguments must
 * not be null unless a method says otherwise; no method returns null.
 */
public final class AzureConnectorClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AzureConnectorClient.class);

  private final Endpoints endpoints;
  private final String username;
  private final WireCodec codec;
  private final JerseyTransport transport;
  private final AnswerReader reader;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final int maxPages;
  private final Redactor redactor;
  private final Client ownedClient;
  private final AtomicReference<RateLimitStatus> lastRateLimit =
      new AtomicReference<>(RateLimitStatus.none());

  private AzureConnectorClient(Builder builder, Endpoints endpoints, WireCodec codec) {
    this.endpoints = endpoints;
    this.username = builder.username;
    this.codec = codec;
    this.retryPolicy = builder.retryPolicy;
    this.sleeper = builder.sleeper;
    this.maxPages = builder.maxPages;
    this.reader = new AnswerReader(codec, builder.clock);
    this.redactor = Redactor.of(secretsOf(builder.username, builder.password));
    byte[] password = new String(builder.password).getBytes(StandardCharsets.UTF_8);
    HttpAuthenticationFeature authentication =
        HttpAuthenticationFeature.basic(builder.username, password);
    Client client;
    boolean authenticationOnClient;
    if (builder.client != null) {
      // The caller's client stays as it is: authentication goes on each target instead.
      client = builder.client;
      authenticationOnClient = false;
      this.ownedClient = null;
    } else {
      ClientConfig config = new ClientConfig();
      if (builder.clientConfig != null) {
        config.loadFrom(builder.clientConfig);
      }
      config.register(authentication);
      client = ClientBuilder.newClient(config);
      authenticationOnClient = true;
      this.ownedClient = client;
    }
    this.transport =
        new JerseyTransport(
            client,
            authentication,
            authenticationOnClient,
            builder.connectTimeout,
            builder.readTimeout,
            builder.maxResponseBytes);
  }

  /**
   * A builder; {@link Builder#baseUrl} (or {@link Builder#platform}) and credentials are needed.
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // Create, update

  /**
   * Creates a connector ({@code POST .../create/am/azureassetdataconnector}).
   *
   * @return the connector as the answer gives it (with its new id; {@code authRecord} comes back
   *     empty, the key is never returned)
   * @throws InvalidRequestException if the request is invalid; nothing is sent then
   */
  public AzureAssetDataConnector create(AzureAssetDataConnector connector) {
    Objects.requireNonNull(connector, "connector == null");
    Exchange exchange =
        call(Operation.CREATE, null, null, withData(new ServiceRequest(), connector));
    List<AzureAssetDataConnector> connectors = connectorsOf(exchange.response());
    if (connectors.isEmpty()) {
      throw new InvalidResponseException(
          "the create answer cannot be used",
          List.of(
              ValidationIssue.of(
                  Severity.ERROR,
                  "missing-record",
                  "/ServiceResponse/data",
                  "the answer says SUCCESS but holds no connector, so the new id is unknown")));
    }
    return connectors.get(0);
  }

  /**
   * Updates one connector ({@code POST .../update/am/azureassetdataconnector/<id>}) with the fields
   * set in {@code changes}; fields left null are not sent and stay as they are.
   *
   * @return the connector as the answer gives it: Qualys answers an update with the id only (use
   *     {@link #updateAndGet} for the whole connector)
   * @throws ConnectorNotFoundException if the connector does not exist, is outside the caller's
   *     scope, or the answer holds no connector
   * @throws InvalidRequestException if the request is invalid; nothing is sent then
   */
  public AzureAssetDataConnector update(long id, AzureAssetDataConnector changes) {
    Objects.requireNonNull(changes, "changes == null");
    Endpoints.requirePositive(id);
    return single(call(Operation.UPDATE, id, id, withData(new ServiceRequest(), changes)), id);
  }

  /**
   * Updates one connector, then reads it back with {@link #get}: two calls, each retried on its own
   * terms. The read uses the id of the path.
   *
   * @return the connector as it is after the update
   */
  public AzureAssetDataConnector updateAndGet(long id, AzureAssetDataConnector changes) {
    AzureAssetDataConnector answer = update(id, changes);
    if (answer.getId() != null && answer.getId() != id) {
      LOG.debug(
          "update of connector '{}' answered id '{}'; reading back '{}'", id, answer.getId(), id);
    }
    return get(id);
  }

  /**
   * Updates every connector the filters match ({@code POST .../update/am/azureassetdataconnector}
   * with {@code filters} and {@code data}). The filters must not be empty: an update without one is
   * refused before sending.
   *
   * @return the connectors as the answer gives them; empty when nothing matched
   * @throws InvalidRequestException if the request is invalid (an empty filter list, or a filter
   *     the request rules refuse for updates, such as {@code NOT EQUALS}); nothing is sent then
   */
  public List<AzureAssetDataConnector> updateWhere(
      List<Criteria> filters, AzureAssetDataConnector changes) {
    Objects.requireNonNull(filters, "filters == null");
    Objects.requireNonNull(changes, "changes == null");
    ServiceRequest request = withData(withFilters(new ServiceRequest(), filters, true), changes);
    return connectorsOf(call(Operation.UPDATE_BY_FILTER, null, null, request).response());
  }

  // ---------------------------------------------------------------------------------------------
  // Read

  /**
   * Reads one connector ({@code GET .../get/am/azureassetdataconnector/<id>}).
   *
   * @throws ConnectorNotFoundException if the connector does not exist, is outside the caller's
   *     scope, or the answer holds no connector
   */
  public AzureAssetDataConnector get(long id) {
    Endpoints.requirePositive(id);
    return single(call(Operation.GET, id, id, null), id);
  }

  /** Reads one connector; empty instead of {@link ConnectorNotFoundException}. */
  public Optional<AzureAssetDataConnector> find(long id) {
    try {
      return Optional.of(get(id));
    } catch (ConnectorNotFoundException e) {
      return Optional.empty();
    }
  }

  /** One page of connectors matching the filters, with the server's default page size. */
  public Page<AzureAssetDataConnector> search(List<Criteria> filters) {
    return search(filters, null);
  }

  /**
   * One page of connectors matching the filters ({@code POST .../search/am/...}).
   *
   * @param filters the criteria, all of which must match; empty for every connector
   * @param preferences page size and start ({@code limitResults}, {@code startFromId}, {@code
   *     startFromOffset}), or null for the server's defaults; not changed by this call
   * @return the page; its list is empty, not null, when nothing matched
   */
  public Page<AzureAssetDataConnector> search(List<Criteria> filters, Preferences preferences) {
    Objects.requireNonNull(filters, "filters == null");
    ServiceRequest request = withFilters(new ServiceRequest(), filters, false);
    request.setPreferences(copy(preferences));
    Exchange exchange = call(Operation.SEARCH, null, null, request);
    return pageOf(exchange, connectorsOf(exchange.response()));
  }

  /**
   * Every connector matching the filters, page after page; see {@link #searchAll(List, Preferences,
   * Consumer)}.
   *
   * @throws PageLimitException if more than {@link Builder#maxPages} pages would be needed
   */
  public List<AzureAssetDataConnector> searchAll(List<Criteria> filters) {
    return searchAll(filters, (Preferences) null);
  }

  /**
   * Every connector matching the filters, page after page, with a page size of your choosing; see
   * {@link #searchAll(List, Preferences, Consumer)}.
   *
   * @throws PageLimitException if more than {@link Builder#maxPages} pages would be needed
   */
  public List<AzureAssetDataConnector> searchAll(List<Criteria> filters, Preferences preferences) {
    List<AzureAssetDataConnector> all = new ArrayList<>();
    searchAll(filters, preferences, page -> all.addAll(page.items()));
    return all;
  }

  /**
   * Every connector matching the filters, handed over one page at a time, so that memory holds one
   * page only; see {@link #searchAll(List, Preferences, Consumer)}.
   *
   * @return the number of connectors handed over
   */
  public long searchAll(List<Criteria> filters, Consumer<Page<AzureAssetDataConnector>> pages) {
    return searchAll(filters, null, pages);
  }

  /**
   * Walks every page of a search. While an answer says {@code hasMoreRecords}, the next request
   * carries its {@code lastId} as {@code preferences/startFromId} (replacing the previous cursor,
   * and dropping {@code startFromOffset}, which only applies to the first page); a connector with
   * the cursor's id at the start of the next page is dropped, should the server count the start
   * inclusively. The walk stops when an answer says no more records, or when a page is empty
   * although it says more (logged as a warning).
   *
   * @param preferences the first request's preferences ({@code limitResults} applies to every
   *     page), or null; not changed by this call
   * @param pages receives each page, in order, before the next one is requested
   * @return the number of connectors handed over
   * @throws PageLimitException if the answer after {@link Builder#maxPages} pages still says more
   *     records follow: the result is never cut silently
   */
  public long searchAll(
      List<Criteria> filters,
      Preferences preferences,
      Consumer<Page<AzureAssetDataConnector>> pages) {
    Objects.requireNonNull(filters, "filters == null");
    Objects.requireNonNull(pages, "pages == null");
    Preferences current = copy(preferences);
    Long cursor = null;
    Long sentStart = null;
    // Whether the server counts startFromId in (it then repeats the cursor's record): seen on
    // the first repeat, after which the next page starts just past the cursor.
    boolean inclusive = false;
    long handedOver = 0;
    int read = 0;
    while (true) {
      Page<AzureAssetDataConnector> raw = search(filters, current);
      boolean repeated =
          cursor != null && !raw.isEmpty() && cursor.equals(raw.items().get(0).getId());
      inclusive |= repeated;
      Page<AzureAssetDataConnector> page = repeated ? withoutFirst(raw) : raw;
      read++;
      handedOver += page.items().size();
      pages.accept(page);
      if (!page.hasMoreRecords()) {
        return handedOver;
      }
      if (raw.isEmpty()) {
        LOG.warn("search page '{}' is empty but says more records follow; stopping", read);
        return handedOver;
      }
      Long next = nextCursor(raw);
      Long start = inclusive ? next + 1 : next;
      if (start.equals(sentStart)) {
        throw new ConnectorException(
            "the search answer repeats lastId '"
                + next
                + "' on page '"
                + read
                + "'; stopping so as not to read the same page forever");
      }
      if (read >= maxPages) {
        throw new PageLimitException(read, next);
      }
      cursor = next;
      sentStart = start;
      current = copy(current);
      if (current == null) {
        current = new Preferences();
      }
      current.setStartFromOffset(null);
      current.setStartFromId(start);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Delete, run, errors

  /**
   * Deletes one connector ({@code POST .../delete/am/azureassetdataconnector/<id>}).
   *
   * @return the deleted connector as the answer gives it (usually the id only)
   * @throws ConnectorNotFoundException if the connector does not exist, is outside the caller's
   *     scope, or the answer holds no connector
   */
  public AzureAssetDataConnector delete(long id) {
    Endpoints.requirePositive(id);
    return single(call(Operation.DELETE, id, id, null), id);
  }

  /**
   * Deletes every connector the filters match. The filters must not be empty.
   *
   * @return the deleted connectors as the answer gives them; empty when nothing matched
   * @throws InvalidRequestException if the request is invalid (an empty filter list, or a filter
   *     the request rules refuse for deletes, such as {@code NOT EQUALS}); nothing is sent then
   */
  public List<AzureAssetDataConnector> deleteWhere(List<Criteria> filters) {
    Objects.requireNonNull(filters, "filters == null");
    ServiceRequest request = withFilters(new ServiceRequest(), filters, true);
    return connectorsOf(call(Operation.DELETE_BY_FILTER, null, null, request).response());
  }

  /**
   * Starts a synchronisation of one connector now ({@code POST .../run/am/...<id>}). The run itself
   * happens asynchronously on the Qualys side.
   *
   * @return the connector, when the answer gives one (the shape of run answers is not documented)
   */
  public Optional<AzureAssetDataConnector> run(long id) {
    Endpoints.requirePositive(id);
    List<AzureAssetDataConnector> connectors =
        connectorsOf(call(Operation.RUN, id, id, null).response());
    return connectors.isEmpty() ? Optional.empty() : Optional.of(connectors.get(0));
  }

  /** The errors of a connector's runs, first page; see {@link #errors(long, Preferences)}. */
  public Page<AssetDataConnectorErrors> errors(long connectorId) {
    return errors(connectorId, null);
  }

  /**
   * The errors of a connector's runs ({@code POST /qps/rest/3.0/search/am/assetdataconnectorerrors}
   * with {@code <Criteria field="id" operator="EQUALS">connectorId</Criteria>}).
   *
   * @param preferences page size and start, or null; not changed by this call
   * @return one page of errors; empty, not null, when there are none
   */
  public Page<AssetDataConnectorErrors> errors(long connectorId, Preferences preferences) {
    Endpoints.requirePositive(connectorId);
    Criteria byId = Criterion.equalTo("id", connectorId);
    ServiceRequest request = withFilters(new ServiceRequest(), List.of(byId), true);
    request.setPreferences(copy(preferences));
    Exchange exchange = call(Operation.SEARCH_ERRORS, null, connectorId, request);
    ResponseData data = exchange.response().getData();
    List<AssetDataConnectorErrors> errors =
        data == null ? List.of() : data.getAssetDataConnectorErrors();
    return pageOf(exchange, errors);
  }

  // ---------------------------------------------------------------------------------------------
  // State

  /**
   * The limit headers of the latest answer that carried any ({@code X-RateLimit-Remaining} and the
   * others), shared by every thread using this client; empty before the first such answer.
   */
  public Optional<RateLimitStatus> lastRateLimit() {
    RateLimitStatus status = lastRateLimit.get();
    return status.isEmpty() ? Optional.empty() : Optional.of(status);
  }

  /** The base URL: scheme, host and port. */
  public URI baseUri() {
    return URI.create(endpoints.origin());
  }

  /** The wire format of bodies. */
  public WireFormat wireFormat() {
    return codec.format();
  }

  /**
   * Closes the Jersey client if this client created it; a client given to {@link
   * Builder#client(Client)} stays open, its owner closes it.
   */
  @Override
  public void close() {
    if (ownedClient != null) {
      ownedClient.close();
    }
  }

  /** Base URL, user name and settings; never the password. */
  @Override
  public String toString() {
    return "AzureConnectorClient{baseUrl="
        + endpoints.origin()
        + ", user='"
        + username
        + "', password="
        + Redactor.MASK
        + ", wireFormat="
        + codec.format()
        + ", maxPages="
        + maxPages
        + ", "
        + retryPolicy
        + '}';
  }

  /** The URL of an operation, for tests and dry runs. */
  URI uri(Operation operation, Long id) {
    return endpoints.uri(operation, id);
  }

  // ---------------------------------------------------------------------------------------------
  // One call, with its retries

  private record Exchange(
      Operation operation,
      WireAnswer answer,
      Decoded<ServiceResponse> decoded,
      RateLimitStatus rateLimit) {
    ServiceResponse response() {
      return decoded.value();
    }
  }

  /**
   * Validates, sends and reads one call, retrying as the policy allows.
   *
   * @param pathId the id in the path, or null
   * @param subjectId the connector the call is about (for messages), or null
   * @param request the body, or null for the operations that send none
   */
  private Exchange call(Operation operation, Long pathId, Long subjectId, ServiceRequest request) {
    URI uri = endpoints.uri(operation, pathId);
    String method = Endpoints.method(operation);
    // Body-less calls still go through the codec and the rules, so that a rule about the path id
    // (or anything else) is heard before sending.
    byte[] encoded =
        codec.encode(
            request == null ? new ServiceRequest() : request,
            RequestRules.standard().forOperation(operation, pathId));
    byte[] body = method.equals("GET") ? null : request == null ? new byte[0] : encoded;
    Redactor callRedactor = redactor.with(authenticationKeysOf(request));
    boolean read = isRead(operation);
    int attempt = 0;
    int transportFailures = 0;
    Duration waited = Duration.ZERO;
    while (true) {
      attempt++;
      WireAnswer answer;
      try {
        answer = transport.exchange(method, uri, body, codec, callRedactor);
      } catch (TransportException e) {
        transportFailures++;
        Duration wait = retryPolicy.transportWait(transportFailures);
        if (!read || !mayRetry(attempt, waited, wait)) {
          throw e;
        }
        LOG.debug(
            "{} {}: transport failure, attempt '{}' of '{}'; retrying in {} ms",
            method,
            uri,
            attempt,
            retryPolicy.maxAttempts(),
            wait.toMillis());
        pause(wait, operation, subjectId);
        waited = waited.plus(wait);
        continue;
      }
      RateLimitStatus limits = RateLimitStatus.fromHeaders(answer.headers());
      if (!limits.isEmpty()) {
        lastRateLimit.set(limits);
      }
      try {
        Decoded<ServiceResponse> decoded = reader.read(operation, subjectId, answer, callRedactor);
        for (ValidationIssue warning : decoded.warnings()) {
          LOG.debug("{} {}: {}", method, uri, warning);
        }
        return new Exchange(operation, answer, decoded, limits);
      } catch (RateLimitException e) {
        Duration wait = e.retryAfter().orElse(retryPolicy.fallbackWait());
        boolean allowed = read || retryPolicy.retryLimitedWrites();
        if (!allowed || !mayRetry(attempt, waited, wait)) {
          throw e;
        }
        LOG.debug(
            "{} {}: limit answer, attempt '{}' of '{}'; retrying in {} ms",
            method,
            uri,
            attempt,
            retryPolicy.maxAttempts(),
            wait.toMillis());
        pause(wait, operation, subjectId);
        waited = waited.plus(wait);
      }
    }
  }

  private boolean mayRetry(int attempt, Duration waited, Duration wait) {
    return attempt < retryPolicy.maxAttempts()
        && waited.plus(wait).compareTo(retryPolicy.maxTotalWait()) <= 0;
  }

  private void pause(Duration wait, Operation operation, Long subjectId) {
    if (wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException(
          AnswerReader.summary(operation, subjectId) + ": interrupted while waiting to retry", e);
    }
  }

  private static boolean isRead(Operation operation) {
    return operation == Operation.GET
        || operation == Operation.SEARCH
        || operation == Operation.SEARCH_ERRORS;
  }

  private AzureAssetDataConnector single(Exchange exchange, long id) {
    List<AzureAssetDataConnector> connectors = connectorsOf(exchange.response());
    if (connectors.isEmpty()) {
      throw reader.noRecord(
          exchange.operation(), id, exchange.answer(), exchange.response(), redactor);
    }
    return connectors.get(0);
  }

  // ---------------------------------------------------------------------------------------------
  // Requests and answers

  private static ServiceRequest withData(ServiceRequest request, AzureAssetDataConnector data) {
    RequestData requestData = new RequestData();
    requestData.setAzureAssetDataConnector(data);
    request.setData(requestData);
    return request;
  }

  /**
   * Sets the filters. With {@code always}, an empty list still writes an empty {@code filters}
   * element, which the schema refuses: an update or delete by filter must never go out unfiltered.
   */
  private static ServiceRequest withFilters(
      ServiceRequest request, List<Criteria> filters, boolean always) {
    if (!filters.isEmpty() || always) {
      Filters wrapper = new Filters();
      for (Criteria criteria : filters) {
        wrapper.getCriteria().add(Objects.requireNonNull(criteria, "filters contains null"));
      }
      request.setFilters(wrapper);
    }
    return request;
  }

  private static Preferences copy(Preferences preferences) {
    if (preferences == null) {
      return null;
    }
    Preferences copy = new Preferences();
    copy.setLimitResults(preferences.getLimitResults());
    copy.setStartFromId(preferences.getStartFromId());
    copy.setStartFromOffset(preferences.getStartFromOffset());
    return copy;
  }

  private static List<AzureAssetDataConnector> connectorsOf(ServiceResponse response) {
    ResponseData data = response.getData();
    return data == null ? List.of() : data.getAzureAssetDataConnectors();
  }

  private static <T> Page<T> pageOf(Exchange exchange, List<T> items) {
    ServiceResponse response = exchange.response();
    return new Page<>(
        items,
        response.getCount(),
        Boolean.TRUE.equals(response.isHasMoreRecords()),
        response.getLastId(),
        exchange.decoded().warnings(),
        exchange.rateLimit());
  }

  private static Page<AzureAssetDataConnector> withoutFirst(Page<AzureAssetDataConnector> page) {
    List<AzureAssetDataConnector> rest = page.items().subList(1, page.items().size());
    return new Page<>(
        rest,
        page.count(),
        page.hasMoreRecords(),
        page.lastId().isPresent() ? page.lastId().getAsLong() : null,
        page.warnings(),
        page.rateLimit());
  }

  private static Long nextCursor(Page<AzureAssetDataConnector> page) {
    if (page.lastId().isPresent()) {
      return page.lastId().getAsLong();
    }
    Long lastRecordId = page.items().get(page.items().size() - 1).getId();
    if (lastRecordId == null) {
      throw new ConnectorException(
          "the search answer says more records follow but gives no lastId, and its last record"
              + " has no id: the next page cannot be asked for");
    }
    return lastRecordId;
  }

  private static List<String> authenticationKeysOf(ServiceRequest request) {
    if (request == null
        || request.getData() == null
        || request.getData().getAzureAssetDataConnector() == null
        || request.getData().getAzureAssetDataConnector().getAuthRecord() == null) {
      return List.of();
    }
    String key =
        request.getData().getAzureAssetDataConnector().getAuthRecord().getAuthenticationKey();
    return key == null ? List.of() : List.of(key);
  }

  private static List<String> secretsOf(String username, char[] password) {
    String secret = new String(password);
    List<String> secrets = new ArrayList<>();
    secrets.add(secret);
    String pair = username + ":" + secret;
    secrets.add(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    secrets.add(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.ISO_8859_1)));
    return secrets;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Settings of a client. Not thread-safe; {@link #build()} copies what it needs, so one builder
   * may build several clients. {@code toString()} never shows the password.
   */
  public static final class Builder {
    private Endpoints endpoints;
    private String username;
    private char[] password;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofMinutes(2);
    private long maxResponseBytes = 32L * 1024 * 1024;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private int maxPages = 1000;
    private WireFormat wireFormat = WireFormat.XML;
    private ClientConfig clientConfig;
    private Client client;

    private Builder() {}

    /**
     * The base URL: scheme, host and optionally port, such as {@code
     * https://qualysapi.qg2.apps.qualys.com}; a trailing slash is tolerated. The library adds
     * {@code /qps/rest/3.0/...} itself.
     *
     * @throws IllegalArgumentException at once if the URL carries a path, a query, a fragment or
     *     user information, or uses {@code http} for a host other than a loopback one (127.0.0.0/8,
     *     {@code localhost}, {@code ::1})
     */
    public Builder baseUrl(String baseUrl) {
      this.endpoints = Endpoints.of(Objects.requireNonNull(baseUrl, "baseUrl == null"));
      return this;
    }

    /** The base URL; see {@link #baseUrl(String)}. */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl == null").toString());
    }

    /** A known Qualys platform's API host, instead of {@link #baseUrl(String)}. */
    public Builder platform(Platform platform) {
      return baseUrl(Objects.requireNonNull(platform, "platform == null").baseUri());
    }

    /** The API user and password, sent with HTTP Basic authentication on every call. */
    public Builder credentials(String username, char[] password) {
      Objects.requireNonNull(username, "username == null");
      Objects.requireNonNull(password, "password == null");
      if (username.isBlank()) {
        throw new IllegalArgumentException("username must not be blank");
      }
      this.username = username;
      this.password = password.clone();
      return this;
    }

    /** The API user and password; see {@link #credentials(String, char[])}. */
    public Builder credentials(String username, String password) {
      return credentials(
          username, Objects.requireNonNull(password, "password == null").toCharArray());
    }

    /** How long to wait for a connection (default 10 seconds). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long to wait for the answer's bytes (default 2 minutes). */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * The largest answer read, after gzip decoding (default 32 MiB, enough for a page of 1,000
     * connectors). A larger answer throws {@link InvalidResponseException}.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be positive: '" + maxResponseBytes + "'");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * When to retry (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} to stop).
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /** How to wait between attempts (default {@link Sleeper#SYSTEM}); tests record instead. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** The clock that dates in {@code Retry-After} are measured against (default UTC system). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The most pages {@code searchAll} reads (default 1000); past it, {@link PageLimitException}.
     */
    public Builder maxPages(int maxPages) {
      if (maxPages < 1) {
        throw new IllegalArgumentException("maxPages must be at least 1: '" + maxPages + "'");
      }
      this.maxPages = maxPages;
      return this;
    }

    /** The wire format (default {@link WireFormat#XML}). */
    public Builder wireFormat(WireFormat wireFormat) {
      this.wireFormat = Objects.requireNonNull(wireFormat, "wireFormat == null");
      return this;
    }

    /**
     * A Jersey configuration to start from (proxy, TLS, connector provider, ...): the client copies
     * it, adds authentication and owns the Jersey client it builds. Timeouts, redirects and chunked
     * bodies are set per request and win over the configuration.
     */
    public Builder clientConfig(ClientConfig clientConfig) {
      this.clientConfig = Objects.requireNonNull(clientConfig, "clientConfig == null");
      this.client = null;
      return this;
    }

    /**
     * A ready Jersey client to send through. It is not changed (authentication goes on each
     * request's target) and not closed by {@link AzureConnectorClient#close()}: its owner closes
     * it. Timeouts, redirects and chunked bodies are set per request.
     */
    public Builder client(Client client) {
      this.client = Objects.requireNonNull(client, "client == null");
      this.clientConfig = null;
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if the base URL or the credentials are missing
     */
    public AzureConnectorClient build() {
      if (endpoints == null) {
        throw new IllegalStateException("a base URL is needed: call baseUrl(...) or platform(...)");
      }
      if (username == null) {
        throw new IllegalStateException("credentials are needed: call credentials(...)");
      }
      WireCodec codec = WireCodec.of(wireFormat, maxResponseBytes);
      return new AzureConnectorClient(this, endpoints, codec);
    }

    @Override
    public String toString() {
      return "AzureConnectorClient.Builder{baseUrl="
          + (endpoints == null ? "none" : "'" + endpoints.origin() + "'")
          + ", user="
          + (username == null ? "none" : "'" + username + "'")
          + ", password="
          + (password == null ? "none" : Redactor.MASK)
          + ", wireFormat="
          + wireFormat
          + '}';
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name + " == null");
      if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            name + " must be positive and at most 24 days: '" + duration + "'");
      }
      return duration;
    }
  }
}
