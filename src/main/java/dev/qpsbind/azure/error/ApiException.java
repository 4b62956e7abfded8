package dev.qpsbind.azure.error;

import dev.qpsbind.azure.rules.Operation;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server answered, and the answer is a failure: an HTTP status outside 2xx, or a {@code
 * ServiceResponse} whose {@code responseCode} is not {@code SUCCESS} (an HTTP 200 included), or an
 * answer with no code at all.
 *
 * <p>Carries the HTTP status, the API's {@code responseCode}, {@code errorMessage} and {@code
 * errorResolution}, the element the message names (Qualys prefixes messages about one element with
 * its name: {@code lastSync: An error occurred while validating the element.}) and a short excerpt
 * of the body with secrets masked. Subclasses mark the families a caller handles differently:
 * {@link ConnectorNotFoundException}, {@link UnauthorizedException}, {@link RateLimitException}.
 */
public class ApiException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  // An element name is camelCase, may be dotted (authRecord.subscriptionId), and starts the
  // message followed by a colon. Capitalised words ("Error: ...") are prose, not elements.
  private static final Pattern ELEMENT_PREFIX =
      Pattern.compile("^\\s*([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)\\s*:\\s");

  private final Operation operation;
  private final int httpStatus;
  private final String responseCode;
  private final String errorMessage;
  private final String errorResolution;
  private final String bodyExcerpt;

  /**
   * What the server said. Every text must already be free of secrets.
   *
   * @param operation the operation that failed
   * @param httpStatus the HTTP status of the answer
   * @param responseCode the {@code responseCode} of the answer, or null when it had none
   * @param errorMessage {@code responseErrorDetails/errorMessage}, or null
   * @param errorResolution {@code responseErrorDetails/errorResolution}, or null
   * @param bodyExcerpt the start of the body, secrets masked; empty when there was no body
   */
  public record Details(
      Operation operation,
      int httpStatus,
      String responseCode,
      String errorMessage,
      String errorResolution,
      String bodyExcerpt) {

    /** Checks the operation and the excerpt. */
    public Details {
      Objects.requireNonNull(operation, "operation == null");
      Objects.requireNonNull(bodyExcerpt, "bodyExcerpt == null");
    }
  }

  /**
   * An exception whose message is the summary followed by what the server said.
   *
   * @param summary what failed, for example {@code update of connector '77' failed}
   * @param details what the server said
   */
  public ApiException(String summary, Details details) {
    super(describe(summary, details));
    this.operation = details.operation();
    this.httpStatus = details.httpStatus();
    this.responseCode = details.responseCode();
    this.errorMessage = details.errorMessage();
    this.errorResolution = details.errorResolution();
    this.bodyExcerpt = details.bodyExcerpt();
  }

  /** The operation that failed. */
  public Operation operation() {
    return operation;
  }

  /** The HTTP status of the answer (200 when only the {@code responseCode} says failure). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The {@code responseCode} of the answer, such as {@code INVALID_REQUEST}. */
  public Optional<String> responseCode() {
    return Optional.ofNullable(responseCode);
  }

  /** {@code responseErrorDetails/errorMessage} of the answer. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** {@code responseErrorDetails/errorResolution} of the answer. */
  public Optional<String> errorResolution() {
    return Optional.ofNullable(errorResolution);
  }

  /**
   * The element the error message names in its prefix: {@code lastSync} for {@code lastSync: An
   * error occurred while validating the element.}
   */
  public Optional<String> element() {
    return elementOf(errorMessage);
  }

  /** The start of the answer's body, secrets masked; empty when there was no body. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /**
   * The element named by the prefix of a Qualys error message ({@code name: text}), if any.
   *
   * @param errorMessage a message, or null
   */
  public static Optional<String> elementOf(String errorMessage) {
    if (errorMessage == null) {
      return Optional.empty();
    }
    Matcher matcher = ELEMENT_PREFIX.matcher(errorMessage);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String describe(String summary, Details details) {
    Objects.requireNonNull(summary, "summary == null");
    Objects.requireNonNull(details, "details == null");
    StringBuilder out = new StringBuilder(summary);
    out.append(": HTTP ").append(details.httpStatus());
    if (details.responseCode() != null) {
      out.append(", responseCode '").append(details.responseCode()).append('\'');
    } else {
      out.append(", no responseCode");
    }
    if (details.errorMessage() != null) {
      out.append(", errorMessage '").append(details.errorMessage()).append('\'');
    }
    if (details.errorResolution() != null) {
      out.append(", errorResolution '").append(details.errorResolution()).append('\'');
    }
    if (details.errorMessage() == null && !details.bodyExcerpt().isEmpty()) {
      out.append(", body '").append(details.bodyExcerpt()).append('\'');
    }
    return out.toString();
  }
}
