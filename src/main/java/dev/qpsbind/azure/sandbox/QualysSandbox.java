package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import dev.qpsbind.azure.model.AssetDataConnectorState;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local, Qualys-compatible server for the Azure connector API, for tests and demonstrations: a
 * real HTTP server (Jersey on Grizzly) that answers {@code
 * /qps/rest/3.0/{create,update,get,search,delete,run}/am/azureassetdataconnector[/ID]} and {@code
 * /qps/rest/3.0/search/am/assetdataconnectorerrors} the way the platform does.
 *
 * <pre>{@code
 * try (QualysSandbox sandbox =
 *     QualysSandbox.builder().withConnector(2004, connector).build().start()) {
 *   String get = sandbox.baseUrl() + "/qps/rest/3.0/get/am/azureassetdataconnector/2004";
 *   // call it with HTTP Basic QualysSandbox.DEFAULT_USERNAME / DEFAULT_PASSWORD
 * }
 * }</pre>
 *
 * <p>Requests are validated with the client's schema and request rules; the key of a connector is
 * never returned and is kept only as a salted digest; with a data file, every change is saved
 * atomically before it is answered. See {@code docs/sandbox.md} for what it models and what it does
 * not.
 *
 * <p>Thread-safe: requests are served concurrently, and the methods below may be called from any
 * thread while it runs. Nothing returned is null unless said so.
 */
public final class QualysSandbox implements AutoCloseable {

  /** The user name of a sandbox built without {@link Builder#credentials}. */
  public static final String DEFAULT_USERNAME = "sandbox";

  /** The password of a sandbox built without {@link Builder#credentials}. */
  public static final String DEFAULT_PASSWORD = "sandbox-password";

  /** The address a sandbox listens on unless told otherwise: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The id the first connector created gets when nothing larger is stored. */
  public static final long DEFAULT_FIRST_ID = 1001;

  private static final Logger LOG = LoggerFactory.getLogger(QualysSandbox.class);

  private enum State {
    NEW,
    RUNNING,
    STOPPED
  }

  private final Builder settings;
  private final SandboxFaults faults;
  private final ConnectorStore store;
  private final Object lifecycle = new Object();
  private State state = State.NEW;
  private HttpServer server;
  private int port;

  private QualysSandbox(Builder builder) {
    this.settings = builder.copy();
    this.faults = builder.faults;
    this.store =
        new ConnectorStore(
            settings.clock,
            settings.dataFile == null ? null : new DataFile(settings.dataFile),
            settings.firstId,
            settings.runStepsOnGet);
  }

  /** A builder with the defaults: port 0 (any free port) on 127.0.0.1, no data file, no faults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads the data file (if any), adds the seeds, and starts listening.
   *
   * @return this sandbox, to chain with {@code build()}
   * @throws SandboxDataException if the data file is damaged or cannot be written; nothing is
   *     started then and the file is left as it was
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalStateException if it was started before
   */
  public QualysSandbox start() {
    synchronized (lifecycle) {
      if (state != State.NEW) {
        throw new IllegalStateException(
            "a sandbox starts once; this one is " + state.name().toLowerCase());
      }
      store.open(settings.seeds, settings.errors);
      SandboxResource.Services services =
          new SandboxResource.Services(
              new SandboxApi(store),
              WireFormats.standard(),
              faults,
              settings.sleeper,
              settings.apiErrorStatus);
      ResourceConfig config =
          new ResourceConfig()
              .register(new BasicAuthFilter(settings.username, settings.password))
              .register(SandboxResource.class)
              .register(
                  new AbstractBinder() {
                    @Override
                    protected void configure() {
                      bind(services).to(SandboxResource.Services.class);
                    }
                  })
              .property(ServerProperties.WADL_FEATURE_DISABLE, true);
      URI uri = URI.create("http://" + hostInUrl() + ":" + settings.port + "/");
      HttpServer created = GrizzlyHttpServerFactory.createHttpServer(uri, config, false);
      try {
        created.start();
      } catch (IOException e) {
        created.shutdownNow();
        throw new UncheckedIOException(
            "cannot listen on " + settings.host + " port " + settings.port, e);
      }
      server = created;
      port = boundPort(created);
      state = State.RUNNING;
      LOG.info(
          "Qualys sandbox listening on {} ({} connector(s){})",
          baseUrl(),
          store.ids().size(),
          settings.dataFile == null ? ", in memory" : ", data file " + settings.dataFile);
      return this;
    }
  }

  private static int boundPort(HttpServer server) {
    for (NetworkListener listener : server.getListeners()) {
      return listener.getPort();
    }
    throw new IllegalStateException("the server has no listener");
  }

  /**
   * Stops listening and ends calls in progress (a change they were saving is then either saved
   * whole or not at all). Does nothing when not running.
   */
  public void stop() {
    synchronized (lifecycle) {
      if (state != State.RUNNING) {
        state = State.STOPPED;
        return;
      }
      state = State.STOPPED;
      server.shutdownNow();
      LOG.info("Qualys sandbox on port {} stopped", port);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Whether it is listening. */
  public boolean isRunning() {
    synchronized (lifecycle) {
      return state == State.RUNNING;
    }
  }

  /**
   * The base URL to give a client: {@code http://127.0.0.1:PORT}, no trailing slash.
   *
   * @throws IllegalStateException if it is not running
   */
  public String baseUrl() {
    return "http://" + hostInUrl() + ":" + port();
  }

  /**
   * The port it listens on (the one picked when built with port 0).
   *
   * @throws IllegalStateException if it is not running
   */
  public int port() {
    synchronized (lifecycle) {
      if (state != State.RUNNING) {
        throw new IllegalStateException("the sandbox is not running");
      }
      return port;
    }
  }

  private String hostInUrl() {
    return settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
  }

  /** The faults, to switch on and off while it runs. */
  public SandboxFaults faults() {
    return faults;
  }

  /** The data file, when it has one. */
  public Optional<Path> dataFile() {
    return Optional.ofNullable(settings.dataFile);
  }

  /**
   * A connector as {@code get} answers it (a copy, without the key), or empty when there is no such
   * id. Unlike {@code get}, it never advances a run.
   */
  public Optional<AzureAssetDataConnector> connector(long id) {
    return store.peek(id).map(SandboxApi.Views::full);
  }

  /** The ids of every connector, in order. */
  public List<Long> connectorIds() {
    return store.ids();
  }

  /**
   * Whether this is the {@code authenticationKey} the connector holds. The key itself is never
   * returned (only a digest is kept), so this is how a test checks which key a client sent.
   */
  public boolean authenticationKeyMatches(long id, String key) {
    Objects.requireNonNull(key, "key == null");
    return store.keyMatches(id, key);
  }

  /**
   * Moves a connector's run one step ({@code QUEUED} to {@code RUNNING} to {@code
   * FINISHED_SUCCESS}), as a {@code get} does by default; returns the new state.
   *
   * @throws NoSuchElementException if there is no such connector
   */
  public AssetDataConnectorState advanceRun(long id) {
    try {
      return store.advance(id);
    } catch (ApiError e) {
      throw new NoSuchElementException("no connector with id '" + id + "'");
    }
  }

  /** Adds records that the errors search answers for this connector id (kept in memory only). */
  public void addErrors(long connectorId, AssetDataConnectorErrors... errors) {
    store.addErrors(connectorId, List.of(errors));
  }

  @Override
  public String toString() {
    synchronized (lifecycle) {
      return "QualysSandbox["
          + (state == State.RUNNING ? baseUrlUnlocked() : state.name().toLowerCase())
          + "]";
    }
  }

  private String baseUrlUnlocked() {
    return "http://" + hostInUrl() + ":" + port;
  }

  /**
   * Settings of a sandbox. Seeds are copied when given. Not thread-safe; a built sandbox does not
   * see later changes to its builder, except through {@link QualysSandbox#faults()}.
   */
  public static final class Builder {
    private int port;
    private String host = DEFAULT_HOST;
    private String username = DEFAULT_USERNAME;
    private String password = DEFAULT_PASSWORD;
    private Clock clock = Clock.systemUTC();
    private Path dataFile;
    private long firstId = DEFAULT_FIRST_ID;
    private boolean runStepsOnGet = true;
    private Sleeper sleeper = Sleeper.REAL;
    private int apiErrorStatus = 200;
    private List<AzureAssetDataConnector> seeds = new ArrayList<>();
    private Map<Long, List<AssetDataConnectorErrors>> errors = new LinkedHashMap<>();
    private SandboxFaults faults = new SandboxFaults();

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
      copy.port = port;
      copy.host = host;
      copy.username = username;
      copy.password = password;
      copy.clock = clock;
      copy.dataFile = dataFile;
      copy.firstId = firstId;
      copy.runStepsOnGet = runStepsOnGet;
      copy.sleeper = sleeper;
      copy.apiErrorStatus = apiErrorStatus;
      copy.seeds = List.copyOf(seeds);
      copy.errors = Map.copyOf(errors);
      return copy;
    }

    /** The port; 0 (the default) picks a free one, read back with {@link #port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: '" + port + "'");
      }
      this.port = port;
      return this;
    }

    /** The address to listen on (default 127.0.0.1: only this machine can call it). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /**
     * The HTTP Basic credentials it accepts (default {@code sandbox} / {@code sandbox-password}).
     */
    public Builder credentials(String username, String password) {
      Objects.requireNonNull(username, "username == null");
      Objects.requireNonNull(password, "password == null");
      if (username.contains(":")) {
        throw new IllegalArgumentException("an HTTP Basic user name cannot contain ':'");
      }
      this.username = username;
      this.password = password;
      return this;
    }

    /** The clock of {@code lastSync} and {@code nextSync} (default the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Keeps the connectors in this file: loaded at start (created if missing), rewritten atomically
     * after every change. A damaged file makes {@link #start()} fail.
     */
    public Builder dataFile(Path dataFile) {
      this.dataFile = Objects.requireNonNull(dataFile, "dataFile == null");
      return this;
    }

    /** The id of the first connector created, when the store holds no larger id (default 1001). */
    public Builder firstId(long firstId) {
      if (firstId < 1) {
        throw new IllegalArgumentException("firstId must be 1 or more: '" + firstId + "'");
      }
      this.firstId = firstId;
      return this;
    }

    /**
     * Whether each {@code get} of a running connector advances its run one step (default true).
     * When false, runs advance only through {@link QualysSandbox#advanceRun(long)}.
     */
    public Builder runStepsOnGet(boolean runStepsOnGet) {
      this.runStepsOnGet = runStepsOnGet;
      return this;
    }

    /**
     * Connectors present at start (added over those of the data file, replacing the same ids). One
     * without an id gets the next free one. Collections may be given as {@code set} or {@code
     * list}; a plain {@code authenticationKey} is kept as a digest.
     */
    public Builder seed(AzureAssetDataConnector... connectors) {
      for (AzureAssetDataConnector connector : connectors) {
        seeds.add(
            Copies.copy(
                Objects.requireNonNull(connector, "connector == null"),
                AzureAssetDataConnector.class));
      }
      return this;
    }

    /** A connector present at start under this id (see {@link #seed}). */
    public Builder withConnector(long id, AzureAssetDataConnector connector) {
      Objects.requireNonNull(connector, "connector == null");
      if (id < 1) {
        throw new IllegalArgumentException("id must be 1 or more: '" + id + "'");
      }
      AzureAssetDataConnector copy = Copies.copy(connector, AzureAssetDataConnector.class);
      copy.setId(id);
      seeds.add(copy);
      return this;
    }

    /** Records the errors search answers for this connector id (kept in memory only). */
    public Builder seedErrors(long connectorId, AssetDataConnectorErrors... records) {
      List<AssetDataConnectorErrors> list =
          errors.computeIfAbsent(connectorId, id -> new ArrayList<>());
      for (AssetDataConnectorErrors record : records) {
        list.add(Copies.copy(record, AssetDataConnectorErrors.class));
      }
      return this;
    }

    /** How a delay fault waits (default {@link Sleeper#REAL}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * The HTTP status of API errors ({@code INVALID_REQUEST}, {@code OBJECT_NOT_FOUND}); 200 by
     * default, as Qualys answers most of them. 400 lets a client test the other habit.
     */
    public Builder apiErrorStatus(int status) {
      if (status < 200 || status > 599) {
        throw new IllegalArgumentException("not an HTTP status: '" + status + "'");
      }
      this.apiErrorStatus = status;
      return this;
    }

    /** Starts with the rate limit fault on; see {@link SandboxFaults#rateLimitEvery}. */
    public Builder rateLimitEvery(int calls, int waitSeconds) {
      faults.rateLimitEvery(calls, waitSeconds);
      return this;
    }

    /** Starts with the failure fault on; see {@link SandboxFaults#failEvery}. */
    public Builder failEvery(int calls, String responseCode, String errorMessage) {
      faults.failEvery(calls, responseCode, errorMessage);
      return this;
    }

    /** Starts with a delay before every answer; see {@link SandboxFaults#delay}. */
    public Builder delay(Duration delay) {
      faults.delay(delay);
      return this;
    }

    /** A sandbox with these settings, not yet started. */
    public QualysSandbox build() {
      QualysSandbox sandbox = new QualysSandbox(this);
      // The next build gets faults of its own.
      SandboxFaults next = new SandboxFaults();
      if (faults.rateLimit() != null) {
        next.rateLimitEvery(faults.rateLimit().calls(), faults.rateLimit().waitSeconds());
      }
      if (faults.failure() != null) {
        next.failEvery(
            faults.failure().calls(),
            faults.failure().responseCode(),
            faults.failure().errorMessage());
      }
      next.delay(faults.delay());
      faults = next;
      return sandbox;
    }

    @Override
    public String toString() {
      return "QualysSandbox.Builder[host="
          + host
          + ", port="
          + port
          + ", username="
          + username
          + ", dataFile="
          + dataFile
          + ", seeds="
          + seeds.size()
          + "]";
    }
  }
}
