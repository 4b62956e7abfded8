package dev.qpsbind.azure.error;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * A call did not get an answer: the connection was refused or dropped, a timeout passed, TLS
 * failed. The cause is the underlying exception (usually Jersey's {@code ProcessingException},
 * itself caused by an {@code IOException}).
 *
 * <p>Whether the server carried the call out is unknown: the client retries only reads ({@code
 * get}, {@code search}, the errors search) after this failure, never create, update, delete or run.
 */
public class TransportException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message and the underlying failure. */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether a connect or read timeout caused the failure. */
  public boolean isTimeout() {
    for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
