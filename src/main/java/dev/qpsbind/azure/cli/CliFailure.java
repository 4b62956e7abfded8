package dev.qpsbind.azure.cli;

/**
 * A failure the person running the command can act on, told in one line (exit code 1): a file that
 * cannot be read, missing credentials. The message never holds a secret.
 */
final class CliFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CliFailure(String message) {
    super(message);
  }

  CliFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
