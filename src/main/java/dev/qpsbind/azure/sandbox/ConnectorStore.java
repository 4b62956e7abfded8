package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import dev.qpsbind.azure.model.AssetDataConnectorState;
import dev.qpsbind.azure.model.AssetDataConnectorType;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connectors of a sandbox, and what each operation does to them.
 *
 * <p>Thread-safety: every read and every change holds one lock, so two updates never interleave and
 * a change is saved before the next one starts. A stored connector is never changed in place: a
 * change works on a deep copy and puts the copy in; every connector handed out is a deep copy. When
 * the data file cannot be written, the change is undone and the error reaches the caller.
 */
final class ConnectorStore {

  /** The run frequency of a connector created without one, in minutes. */
  static final int DEFAULT_RUN_FREQUENCY = 240;

  /** One page of a search. */
  record Page(List<AzureAssetDataConnector> items, boolean hasMore) {}

  /** One page of an errors search. */
  record ErrorsPage(List<AssetDataConnectorErrors> items, boolean hasMore) {}

  private static final Logger LOG = LoggerFactory.getLogger(ConnectorStore.class);

  private final ReentrantLock lock = new ReentrantLock();
  private final Clock clock;
  private final DataFile dataFile;
  private final boolean runStepsOnGet;
  private TreeMap<Long, AzureAssetDataConnector> connectors = new TreeMap<>();
  private Map<Long, List<AssetDataConnectorErrors>> errors = new HashMap<>();
  private long lastId;

  /**
   * @param dataFile where connectors are kept, or null for memory only
   * @param firstId the id the first created connector gets (unless the data file or seeds hold
   *     larger ones)
   */
  ConnectorStore(Clock clock, DataFile dataFile, long firstId, boolean runStepsOnGet) {
    this.clock = clock;
    this.dataFile = dataFile;
    this.runStepsOnGet = runStepsOnGet;
    this.lastId = firstId - 1;
  }

  /** Loads the data file (if any), adds the seeds over it, and saves the result. */
  void open(List<AzureAssetDataConnector> seeds, Map<Long, List<AssetDataConnectorErrors>> seeded) {
    lock.lock();
    try {
      if (dataFile != null) {
        dataFile
            .load()
            .ifPresent(
                contents -> {
                  lastId = Math.max(lastId, contents.lastId());
                  for (AzureAssetDataConnector connector : contents.connectors()) {
                    put(stored(connector));
                  }
                });
      }
      for (AzureAssetDataConnector seed : seeds) {
        AzureAssetDataConnector connector = stored(seed);
        if (connector.getId() == null) {
          connector.setId(++lastId);
        }
        put(connector);
      }
      seeded.forEach((id, list) -> errors.put(id, copies(list)));
      save();
    } finally {
      lock.unlock();
    }
  }

  private void put(AzureAssetDataConnector connector) {
    connectors.put(connector.getId(), connector);
    lastId = Math.max(lastId, connector.getId());
  }

  /** A seed or a loaded connector in stored form, with what the server always sets. */
  private AzureAssetDataConnector stored(AzureAssetDataConnector given) {
    AzureAssetDataConnector connector = Copies.copy(given, AzureAssetDataConnector.class);
    Patches.normalise(connector);
    if (connector.getAuthRecord() != null) {
      connector
          .getAuthRecord()
          .setAuthenticationKey(
              KeyDigest.digested(connector.getAuthRecord().getAuthenticationKey()));
    }
    if (connector.getType() == null) {
      connector.setType(AssetDataConnectorType.AZURE);
    }
    if (connector.getConnectorState() == null) {
      connector.setConnectorState(AssetDataConnectorState.PENDING);
    }
    if (connector.isDeleted() == null) {
      connector.setDeleted(false);
    }
    if (connector.isDisabled() == null) {
      connector.setDisabled(false);
    }
    return connector;
  }

  // ---------------------------------------------------------------------------------------------
  // Operations

  /** Creates a connector from a request's data; returns the stored connector (a copy). */
  AzureAssetDataConnector create(AzureAssetDataConnector data) {
    return write(
        () -> {
          AzureAssetDataConnector connector = new AzureAssetDataConnector();
          Patches.apply(connector, Copies.copy(data, AzureAssetDataConnector.class));
          connector.setId(lastId + 1);
          connector.setType(AssetDataConnectorType.AZURE);
          connector.setDeleted(false);
          defaultTo(connector.isDisabled(), false, connector::setDisabled);
          defaultTo(connector.isGovCloudConfigured(), false, connector::setGovCloudConfigured);
          defaultTo(connector.isRemediationEnabled(), false, connector::setRemediationEnabled);
          defaultTo(connector.isCpsEnabled(), false, connector::setCpsEnabled);
          defaultTo(connector.getRunFrequency(), DEFAULT_RUN_FREQUENCY, connector::setRunFrequency);
          connector.setAttachedToOrgConnector(false);
          connector.setConnectorState(
              connector.isDisabled()
                  ? AssetDataConnectorState.DISABLED
                  : AssetDataConnectorState.PENDING);
          connector.setNextSync(now().plusMinutes(connector.getRunFrequency()));
          put(connector);
          return copy(connector);
        });
  }

  private static <T> void defaultTo(T value, T fallback, java.util.function.Consumer<T> setter) {
    if (value == null) {
      setter.accept(fallback);
    }
  }

  /**
   * Applies a request's data to one connector.
   *
   * @throws ApiError OBJECT_NOT_FOUND for an unknown id
   */
  void update(long id, AzureAssetDataConnector data) {
    write(
        () -> {
          change(required(id), data);
          return null;
        });
  }

  /** Applies a request's data to every connector matching; returns their ids. */
  List<Long> updateWhere(Predicate<AzureAssetDataConnector> filter, AzureAssetDataConnector data) {
    return write(
        () -> {
          List<Long> ids = matching(filter);
          for (long id : ids) {
            change(connectors.get(id), data);
          }
          return ids;
        });
  }

  private void change(AzureAssetDataConnector stored, AzureAssetDataConnector data) {
    AzureAssetDataConnector next = Copies.copy(stored, AzureAssetDataConnector.class);
    Patches.apply(next, Copies.copy(data, AzureAssetDataConnector.class));
    if (data.getRunFrequency() != null) {
      next.setNextSync(now().plusMinutes(next.getRunFrequency()));
    }
    if (Boolean.TRUE.equals(data.isDisabled())) {
      next.setConnectorState(AssetDataConnectorState.DISABLED);
    } else if (Boolean.FALSE.equals(data.isDisabled())
        && next.getConnectorState() == AssetDataConnectorState.DISABLED) {
      next.setConnectorState(AssetDataConnectorState.PENDING);
    }
    connectors.put(next.getId(), next);
  }

  /**
   * One connector (a copy). With run steps on get, a running connector first advances one step.
   *
   * @throws ApiError OBJECT_NOT_FOUND for an unknown id
   */
  AzureAssetDataConnector get(long id) {
    lock.lock();
    try {
      AzureAssetDataConnector stored = required(id);
      if (runStepsOnGet && isRunning(stored)) {
        advance(id);
      }
      return copy(connectors.get(id));
    } finally {
      lock.unlock();
    }
  }

  /** A page of the connectors matching, in id order. */
  Page search(Predicate<AzureAssetDataConnector> filter, long startFromId, int offset, int limit) {
    lock.lock();
    try {
      List<AzureAssetDataConnector> items = new ArrayList<>();
      int skipped = 0;
      boolean more = false;
      for (AzureAssetDataConnector connector : connectors.tailMap(startFromId, true).values()) {
        if (!filter.test(connector)) {
          continue;
        }
        if (skipped < offset) {
          skipped++;
        } else if (items.size() < limit) {
          items.add(copy(connector));
        } else {
          more = true;
          break;
        }
      }
      return new Page(items, more);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Deletes one connector (and its errors).
   *
   * @throws ApiError OBJECT_NOT_FOUND for an unknown id
   */
  void delete(long id) {
    write(
        () -> {
          required(id);
          connectors.remove(id);
          errors.remove(id);
          return null;
        });
  }

  /** Deletes every connector matching; returns their ids. */
  List<Long> deleteWhere(Predicate<AzureAssetDataConnector> filter) {
    return write(
        () -> {
          List<Long> ids = matching(filter);
          for (long id : ids) {
            connectors.remove(id);
            errors.remove(id);
          }
          return ids;
        });
  }

  /**
   * Starts a run: the connector is {@code QUEUED}; returns it (a copy).
   *
   * @throws ApiError OBJECT_NOT_FOUND for an unknown id, INVALID_REQUEST for a disabled connector
   */
  AzureAssetDataConnector run(long id) {
    return write(
        () -> {
          AzureAssetDataConnector stored = required(id);
          if (Boolean.TRUE.equals(stored.isDisabled())) {
            throw ApiError.invalid(
                "disabled", "the connector '" + id + "' is disabled; enable it before running it");
          }
          AzureAssetDataConnector next = Copies.copy(stored, AzureAssetDataConnector.class);
          next.setConnectorState(AssetDataConnectorState.QUEUED);
          connectors.put(id, next);
          return copy(next);
        });
  }

  /**
   * Moves a run one step: {@code QUEUED} to {@code RUNNING}, {@code RUNNING} to {@code
   * FINISHED_SUCCESS} (setting {@code lastSync} and {@code nextSync}); any other state stays.
   * Returns the new state.
   *
   * @throws ApiError OBJECT_NOT_FOUND for an unknown id
   */
  AssetDataConnectorState advance(long id) {
    return write(
        () -> {
          AzureAssetDataConnector stored = required(id);
          if (!isRunning(stored)) {
            return stored.getConnectorState();
          }
          AzureAssetDataConnector next = Copies.copy(stored, AzureAssetDataConnector.class);
          if (stored.getConnectorState() == AssetDataConnectorState.QUEUED) {
            next.setConnectorState(AssetDataConnectorState.RUNNING);
          } else {
            OffsetDateTime now = now();
            next.setConnectorState(AssetDataConnectorState.FINISHED_SUCCESS);
            next.setLastSync(now);
            int minutes =
                next.getRunFrequency() == null ? DEFAULT_RUN_FREQUENCY : next.getRunFrequency();
            next.setNextSync(now.plusMinutes(minutes));
            next.setLastError(null);
          }
          connectors.put(id, next);
          return next.getConnectorState();
        });
  }

  private static boolean isRunning(AzureAssetDataConnector connector) {
    return connector.getConnectorState() == AssetDataConnectorState.QUEUED
        || connector.getConnectorState() == AssetDataConnectorState.RUNNING;
  }

  /** A page of the errors of the connectors whose ids match, by connector id. */
  ErrorsPage errors(Predicate<Long> connectorIds, int offset, int limit) {
    lock.lock();
    try {
      List<AssetDataConnectorErrors> all = new ArrayList<>();
      new TreeMap<>(errors)
          .forEach(
              (id, list) -> {
                if (connectorIds.test(id)) {
                  all.addAll(list);
                }
              });
      int from = Math.min(offset, all.size());
      int to = Math.min(from + limit, all.size());
      return new ErrorsPage(copies(all.subList(from, to)), to < all.size());
    } finally {
      lock.unlock();
    }
  }

  /** Adds errors to a connector's list (kept in memory only). */
  void addErrors(long id, List<AssetDataConnectorErrors> added) {
    lock.lock();
    try {
      errors.computeIfAbsent(id, key -> new ArrayList<>()).addAll(copies(added));
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection (for tests and the command line)

  /** A connector as stored (a copy, the key as a digest), without advancing a run. */
  Optional<AzureAssetDataConnector> peek(long id) {
    lock.lock();
    try {
      return Optional.ofNullable(connectors.get(id)).map(ConnectorStore::copy);
    } finally {
      lock.unlock();
    }
  }

  /** Every id, in order. */
  List<Long> ids() {
    lock.lock();
    try {
      return List.copyOf(connectors.keySet());
    } finally {
      lock.unlock();
    }
  }

  /** Whether the candidate is the authentication key stored for the connector. */
  boolean keyMatches(long id, String candidate) {
    lock.lock();
    try {
      AzureAssetDataConnector connector = connectors.get(id);
      return connector != null
          && connector.getAuthRecord() != null
          && KeyDigest.matches(connector.getAuthRecord().getAuthenticationKey(), candidate);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------

  private AzureAssetDataConnector required(long id) {
    AzureAssetDataConnector stored = connectors.get(id);
    if (stored == null) {
      throw ApiError.notFound(id);
    }
    return stored;
  }

  private List<Long> matching(Predicate<AzureAssetDataConnector> filter) {
    return connectors.values().stream().filter(filter).map(AzureAssetDataConnector::getId).toList();
  }

  /** Runs a change under the lock and saves it; on any failure the state is as before. */
  private <R> R write(Supplier<R> change) {
    lock.lock();
    try {
      TreeMap<Long, AzureAssetDataConnector> connectorsBefore = new TreeMap<>(connectors);
      Map<Long, List<AssetDataConnectorErrors>> errorsBefore = new HashMap<>(errors);
      long lastIdBefore = lastId;
      try {
        R result = change.get();
        save();
        return result;
      } catch (RuntimeException e) {
        connectors = connectorsBefore;
        errors = errorsBefore;
        lastId = lastIdBefore;
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  private void save() {
    if (dataFile != null) {
      dataFile.save(connectors.values(), lastId);
      LOG.debug("saved {} connector(s) to {}", connectors.size(), dataFile.path());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.SECONDS);
  }

  private static AzureAssetDataConnector copy(AzureAssetDataConnector connector) {
    return Copies.copy(connector, AzureAssetDataConnector.class);
  }

  private static List<AssetDataConnectorErrors> copies(List<AssetDataConnectorErrors> list) {
    List<AssetDataConnectorErrors> out = new ArrayList<>();
    for (AssetDataConnectorErrors error : list) {
      out.add(Copies.copy(error, AssetDataConnectorErrors.class));
    }
    return out;
  }
}
