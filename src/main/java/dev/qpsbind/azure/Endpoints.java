package dev.qpsbind.azure;

import dev.qpsbind.azure.rules.Operation;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The URLs of the connector API on one platform. The base URL is scheme, host and port only; the
 * library adds {@code /qps/rest/3.0/...} itself, so that a caller cannot send a body to another API
 * version by accident. Immutable and thread-safe.
 */
final class Endpoints {

  static final String API_ROOT = "/qps/rest/3.0/";
  static final String CONNECTOR_NOUN = "am/azureassetdataconnector";
  static final String ERRORS_NOUN = "am/assetdataconnectorerrors";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final String origin;

  private Endpoints(String origin) {
    this.origin = origin;
  }

  /**
   * The endpoints below a base URL.
   *
   * @throws IllegalArgumentException if the URL is not absolute, carries a path other than {@code
   *     /}, a query, a fragment or user information, or uses {@code http} for a host that is not a
   *     loopback address
   */
  static Endpoints of(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    URI uri;
    try {
      uri = new URI(baseUrl.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base URL is not a URL: " + e.getReason());
    }
    return of(uri);
  }

  /** The endpoints below a base URL; see {@link #of(String)}. */
  static Endpoints of(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    if (baseUrl.getRawUserInfo() != null) {
      // Never echo the URL here: its user information may hold a password.
      throw new IllegalArgumentException(
          "base URL must not carry user information; give credentials with credentials(...)");
    }
    String scheme =
        baseUrl.getScheme() == null ? null : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    String host = baseUrl.getHost();
    if (scheme == null || host == null || baseUrl.isOpaque()) {
      throw new IllegalArgumentException(
          "base URL '" + baseUrl + "' must be absolute, like 'https://qualysapi.qualys.com'");
    }
    String path = baseUrl.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException(
          "base URL '"
              + baseUrl
              + "' carries the path '"
              + path
              + "': give scheme, host and port"
              + " only; the library adds "
              + API_ROOT
              + "... itself");
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "base URL '" + baseUrl + "' must not carry a query or a fragment");
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "base URL '" + baseUrl + "' must use https, not '" + scheme + "'");
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "base URL '"
              + baseUrl
              + "' must use https: http is allowed for loopback hosts only"
              + " (127.0.0.0/8, localhost, ::1)");
    }
    String origin = scheme + "://" + baseUrl.getRawAuthority();
    return new Endpoints(origin);
  }

  /** Whether a host is a loopback address, judged without any name lookup. */
  static boolean isLoopback(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!IPV4.matcher(bare).matches() && !bare.contains(":")) {
      return false;
    }
    try {
      // An address literal: resolved locally, no lookup.
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Scheme, host and port, without a trailing slash. */
  String origin() {
    return origin;
  }

  /** The HTTP method of an operation. */
  static String method(Operation operation) {
    return operation == Operation.GET ? "GET" : "POST";
  }

  /** Whether an operation takes the connector id in its path. */
  static boolean takesId(Operation operation) {
    return switch (operation) {
      case UPDATE, GET, DELETE, RUN -> true;
      default -> false;
    };
  }

  /**
   * The URL of an operation.
   *
   * @param id the connector id for the operations that take one in the path, else null
   * @throws IllegalArgumentException if the id is missing, not positive, or given to an operation
   *     that takes none
   */
  URI uri(Operation operation, Long id) {
    Objects.requireNonNull(operation, "operation == null");
    if (takesId(operation)) {
      if (id == null) {
        throw new IllegalArgumentException(operation.label() + " needs a connector id");
      }
      requirePositive(id);
    } else if (id != null) {
      throw new IllegalArgumentException(operation.label() + " takes no id in the path");
    }
    String noun = operation == Operation.SEARCH_ERRORS ? ERRORS_NOUN : CONNECTOR_NOUN;
    String url = origin + API_ROOT + verb(operation) + '/' + noun + (id == null ? "" : "/" + id);
    return URI.create(url);
  }

  /** Checks a connector id. */
  static long requirePositive(long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("connector id must be positive: '" + id + "'");
    }
    return id;
  }

  private static String verb(Operation operation) {
    return switch (operation) {
      case CREATE -> "create";
      case UPDATE, UPDATE_BY_FILTER -> "update";
      case GET -> "get";
      case SEARCH, SEARCH_ERRORS -> "search";
      case DELETE, DELETE_BY_FILTER -> "delete";
      case RUN -> "run";
    };
  }

  @Override
  public String toString() {
    return origin;
  }
}
