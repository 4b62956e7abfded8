package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.error.ConnectorException;
import java.nio.file.Path;

/**
 * The sandbox's data file cannot be used: it is damaged (not well-formed, not a valid {@code
 * ServiceResponse}, or holding connectors the sandbox cannot take), or it cannot be read or
 * written. The message names the file and, when the problem is in its content, the line and column.
 * A damaged file is left exactly as it was.
 */
public class SandboxDataException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;

  SandboxDataException(Path file, int line, int column, String message) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  SandboxDataException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = -1;
    this.column = -1;
  }

  /** The data file. */
  public Path file() {
    return file;
  }

  /** The line of the problem in the file, or -1 when it is not in the content. */
  public int line() {
    return line;
  }

  /** The column of the problem, or -1. */
  public int column() {
    return column;
  }
}
