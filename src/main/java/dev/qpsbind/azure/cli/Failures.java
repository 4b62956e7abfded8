package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.error.ApiException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.error.TransportException;
import dev.qpsbind.azure.error.UnauthorizedException;
import dev.qpsbind.azure.error.ValidationException;
import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.List;

/** Turns what went wrong into the one line a person reads on stderr. Stateless. */
final class Failures {

  private Failures() {}

  /** Whether a failure is a wrong command line (exit code 2) rather than a failed command. */
  static boolean isUsage(Throwable failure) {
    return failure instanceof UsageProblem;
  }

  /** The failure in one line, without the {@code qps-azure: } prefix. */
  static String oneLine(Throwable failure) {
    if (failure instanceof CliFailure || failure instanceof UsageProblem) {
      return flatten(failure.getMessage());
    }
    if (failure instanceof UnauthorizedException e) {
      // The client's message carries the server's HTML page; the person needs the verdict.
      StringBuilder line =
          new StringBuilder(e.operation().label()).append(" refused: HTTP ").append(e.httpStatus());
      e.responseCode().ifPresent(code -> line.append(", responseCode '").append(code).append('\''));
      e.errorMessage()
          .ifPresent(text -> line.append(", errorMessage '").append(flatten(text)).append('\''));
      if (e.httpStatus() == 401) {
        line.append(": the credentials were refused; check ")
            .append(Environment.USERNAME)
            .append(" and ")
            .append(Environment.PASSWORD);
      } else {
        line.append(
            ": the user lacks a right (creating and updating connectors needs a Manager with full"
                + " scope; HTTP 403 can also mean the module is not licensed or this address is"
                + " not allowed)");
      }
      return line.toString();
    }
    if (failure instanceof ApiException e) {
      return flatten(e.getMessage());
    }
    if (failure instanceof TransportException e) {
      return "no answer: " + flatten(e.getMessage());
    }
    if (failure instanceof InvalidResponseException e) {
      return "the answer cannot be read: " + firstError(e);
    }
    if (failure instanceof ValidationException e) {
      return "the request is refused before sending: " + firstError(e);
    }
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + flatten(message));
  }

  private static String firstError(ValidationException e) {
    List<ValidationIssue> errors = e.errors();
    if (errors.isEmpty()) {
      return flatten(e.getMessage());
    }
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    // Where the request was built from the command line, a line and column would point into a
    // document the person never saw.
    return flatten(errors.get(0).at(-1, -1).toString()) + more;
  }

  /** The text on one line: line breaks and the indentation after them become single spaces. */
  static String flatten(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** A wrong command line found after parsing (exit code 2), such as an unknown platform. */
  static final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
      super(message);
    }
  }
}
