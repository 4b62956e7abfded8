package dev.qpsbind.azure;

import dev.qpsbind.azure.client.RateLimitStatus;
import dev.qpsbind.azure.error.ApiException;
import dev.qpsbind.azure.error.ConnectorNotFoundException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.error.RateLimitException;
import dev.qpsbind.azure.error.UnauthorizedException;
import dev.qpsbind.azure.model.ResponseErrorDetails;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.rules.Operation;
import dev.qpsbind.azure.xml.Decoded;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges an answer: a 2xx answer whose {@code responseCode} is {@code SUCCESS} is decoded and
 * returned; anything else becomes the typed exception of its family. Bodies that are not a {@code
 * ServiceResponse} (an HTML error page, an empty body, the classic API's {@code SIMPLE_RETURN}) on
 * a failure status still give the right type, never a parser failure. Immutable and thread-safe.
 */
final class AnswerReader {

  static final int EXCERPT_CHARS = 512;

  private static final Set<String> LIMIT_CODES = Set.of("LIMIT_EXCEEDED", "1960", "1965");
  private static final Set<String> UNAUTHORIZED_CODES =
      Set.of(
          "UNAUTHORIZED",
          "INSUFFICIENT_PERMISSION",
          "FORBIDDEN",
          "INVALID_CREDENTIALS",
          "NOT_AUTHORIZED");
  private static final Pattern RUN_AGAIN_IN =
      Pattern.compile("for another\\s+(\\d{1,9})\\s+second", Pattern.CASE_INSENSITIVE);
  private static final Pattern CANNOT_RUN_AGAIN =
      Pattern.compile("cannot be run again", Pattern.CASE_INSENSITIVE);
  // The classic (non-QPS) API answers <SIMPLE_RETURN><RESPONSE><CODE>1965</CODE><TEXT>...
  private static final Pattern CLASSIC_CODE = Pattern.compile("<CODE>\\s*([^<\\s]+)\\s*</CODE>");
  private static final Pattern CLASSIC_TEXT =
      Pattern.compile("<TEXT>\\s*(.*?)\\s*</TEXT>", Pattern.DOTALL);
  private static final int CLASSIC_WINDOW = 64 * 1024;

  private final WireCodec codec;
  private final Clock clock;

  AnswerReader(WireCodec codec, Clock clock) {
    this.codec = codec;
    this.clock = clock;
  }

  /**
   * The decoded answer of a successful call.
   *
   * @param id the connector id the call named, or null
   * @throws ApiException (or a subclass) for a failure answer
   * @throws InvalidResponseException for a 2xx answer that cannot be read
   */
  Decoded<ServiceResponse> read(
      Operation operation, Long id, WireAnswer answer, Redactor redactor) {
    Decoded<ServiceResponse> decoded = null;
    InvalidResponseException unreadable = null;
    if (answer.body().length > 0) {
      try {
        decoded = codec.decode(answer.body());
      } catch (InvalidResponseException e) {
        unreadable = e;
      }
    }
    ServiceResponse response = decoded == null ? null : decoded.value();
    String code = response == null ? null : trimmed(response.getResponseCode());
    if (answer.isSuccessful() && "SUCCESS".equals(code)) {
      return decoded;
    }
    Classic classic = decoded == null ? Classic.of(answer.body()) : null;
    if (answer.isSuccessful() && unreadable != null && classic == null) {
      throw unreadable;
    }
    throw failure(operation, id, answer, response, classic, redactor);
  }

  /** The not-found signal of a call by id whose successful answer holds no connector. */
  ConnectorNotFoundException noRecord(
      Operation operation,
      long id,
      WireAnswer answer,
      ServiceResponse response,
      Redactor redactor) {
    ApiException.Details details =
        new ApiException.Details(
            operation,
            answer.status(),
            trimmed(response.getResponseCode()),
            null,
            null,
            redactor.excerpt(answer.body(), EXCERPT_CHARS));
    return new ConnectorNotFoundException(
        summary(operation, id)
            + ": the answer holds no connector (count '"
            + response.getCount()
            + "')",
        details,
        id);
  }

  private ApiException failure(
      Operation operation,
      Long id,
      WireAnswer answer,
      ServiceResponse response,
      Classic classic,
      Redactor redactor) {
    String code;
    String message;
    String resolution;
    if (response != null) {
      code = trimmed(response.getResponseCode());
      ResponseErrorDetails error = response.getResponseErrorDetails();
      message = error == null ? null : trimmed(error.getErrorMessage());
      resolution = error == null ? null : trimmed(error.getErrorResolution());
    } else if (classic != null) {
      code = classic.code;
      message = classic.text;
      resolution = null;
    } else {
      code = null;
      message = null;
      resolution = null;
    }
    ApiException.Details details =
        new ApiException.Details(
            operation,
            answer.status(),
            code,
            redactor.mask(message),
            redactor.mask(resolution),
            redactor.excerpt(answer.body(), EXCERPT_CHARS));
    String summary = summary(operation, id);
    int status = answer.status();
    if (status == 409
        || status == 429
        || (code != null && LIMIT_CODES.contains(code))
        || (message != null && CANNOT_RUN_AGAIN.matcher(message).find())) {
      RateLimitStatus limits = RateLimitStatus.fromHeaders(answer.headers());
      return new RateLimitException(
          summary + ": a rate or concurrency limit refused the call, which was not carried out",
          details,
          retryAfter(answer, limits, message),
          limits);
    }
    if (status == 401 || status == 403 || (code != null && UNAUTHORIZED_CODES.contains(code))) {
      return new UnauthorizedException(
          summary
              + ": the credentials were refused or lack a right (creating and updating"
              + " connectors needs a Manager with full scope; HTTP 403 can also mean the module"
              + " is not licensed or the caller's IP is not allowed)",
          details);
    }
    if ("OBJECT_NOT_FOUND".equals(code)) {
      return new ConnectorNotFoundException(
          summary + ": the connector does not exist or is outside the caller's scope", details, id);
    }
    if (status >= 300 && status < 400) {
      String location = answer.header("Location");
      return new ApiException(
          summary
              + ": the server redirects (to '"
              + redactor.mask(location)
              + "'); check the platform of the base URL",
          details);
    }
    if (answer.isSuccessful() && code == null) {
      return new ApiException(summary + ": the answer carries no responseCode", details);
    }
    return new ApiException(summary, details);
  }

  private Duration retryAfter(WireAnswer answer, RateLimitStatus limits, String message) {
    if (limits.toWaitSeconds().isPresent()) {
      return Duration.ofSeconds(Math.max(0, limits.toWaitSeconds().getAsInt()));
    }
    String header = trimmed(answer.header("Retry-After"));
    if (header != null) {
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(header)));
      } catch (NumberFormatException e) {
        try {
          Instant at =
              ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
          Duration wait = Duration.between(clock.instant(), at);
          return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException ignored) {
          // Neither seconds nor a date: the answer named no usable wait.
        }
      }
    }
    if (message != null) {
      Matcher matcher = RUN_AGAIN_IN.matcher(message);
      if (matcher.find()) {
        return Duration.ofSeconds(Long.parseLong(matcher.group(1)));
      }
    }
    return null;
  }

  static String summary(Operation operation, Long id) {
    return switch (operation) {
      case SEARCH_ERRORS -> "errors search for connector '" + id + "' failed";
      default ->
          id == null
              ? operation.label() + " failed"
              : operation.label() + " of connector '" + id + "' failed";
    };
  }

  private static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** The code and text of a classic-API answer, when the body is one. */
  private record Classic(String code, String text) {

    static Classic of(byte[] body) {
      if (body.length == 0) {
        return null;
      }
      String text =
          new String(body, 0, Math.min(body.length, CLASSIC_WINDOW), StandardCharsets.UTF_8);
      Matcher code = CLASSIC_CODE.matcher(text);
      if (!code.find()) {
        return null;
      }
      Matcher message = CLASSIC_TEXT.matcher(text);
      return new Classic(
          code.group(1).toUpperCase(Locale.ROOT), message.find() ? message.group(1) : null);
    }
  }
}
