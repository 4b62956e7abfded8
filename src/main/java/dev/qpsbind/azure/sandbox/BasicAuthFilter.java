package dev.qpsbind.azure.sandbox;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic authentication in front of every path, as the platform's front end does it: missing or
 * wrong credentials get 401 with an HTML page (not a {@code ServiceResponse}) and a {@code
 * WWW-Authenticate} challenge. Credentials are compared in constant time; neither the password nor
 * the header is ever logged. Thread-safe.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class BasicAuthFilter implements ContainerRequestFilter {

  static final String REALM = "Qualys sandbox";

  private static final String PAGE =
      "<!DOCTYPE html>\n<html><head><title>401 Unauthorized</title></head>\n"
          + "<body><h1>401 Unauthorized</h1>\n"
          + "<p>This server needs valid HTTP Basic credentials for the API.</p></body></html>\n";

  private static final Logger LOG = LoggerFactory.getLogger(BasicAuthFilter.class);

  private final byte[] expected;

  BasicAuthFilter(String username, String password) {
    this.expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!authorised(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      LOG.debug(
          "{} {} -> HTTP 401 (credentials missing or wrong)",
          request.getMethod(),
          request.getUriInfo().getRequestUri().getPath());
      request.abortWith(
          Response.status(Response.Status.UNAUTHORIZED)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"")
              .type("text/html; charset=UTF-8")
              .entity(PAGE.getBytes(StandardCharsets.UTF_8))
              .build());
    }
  }

  private boolean authorised(String header) {
    if (header == null) {
      return false;
    }
    String value = header.strip();
    if (value.length() < 6 || !value.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(value.substring(6).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }
}
