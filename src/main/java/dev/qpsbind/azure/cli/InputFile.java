package dev.qpsbind.azure.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A document named on the command line: its bytes and whether they are XML or JSON, told by the
 * first byte that is not blank ({@code {} or {@code [} is JSON, {@code <} is XML). Failures are
 * {@link CliFailure}s that name the file and say what is wrong with it.
 *
 * @param path the file as given
 * @param format its format
 * @param bytes its content
 */
record InputFile(Path path, Format format, byte[] bytes) {

  /** The two forms of the API's documents. */
  enum Format {
    XML,
    JSON;

    /** {@code xml} or {@code json}. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  // Far more than any indentation before the first element.
  private static final int SNIFF_LIMIT = 64 * 1024;

  /** Reads a whole file. */
  static InputFile read(Path path) {
    try (InputStream in = open(path)) {
      Format format = sniff(path, in);
      return new InputFile(path, format, in.readAllBytes());
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /**
   * Opens a file for streaming: the stream is positioned at the start and supports {@code mark}, so
   * that {@link #sniff} can look ahead and hand the same stream on.
   */
  static BufferedInputStream open(Path path) {
    if (Files.isDirectory(path)) {
      throw new CliFailure(path + ": is a directory, not a file");
    }
    try {
      return new BufferedInputStream(Files.newInputStream(path), 8192);
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /** The format of a stream opened with {@link #open}; the stream is left where it was. */
  static Format sniff(Path path, InputStream in) throws IOException {
    in.mark(SNIFF_LIMIT);
    try {
      int first = in.read();
      if (first == 0xFE || first == 0xFF) {
        // A UTF-16 byte order mark: JSON is UTF-8 only, so this can only be XML.
        return Format.XML;
      }
      int read = 1;
      if (first == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
        first = in.read();
        read += 3;
      }
      while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
        if (++read > SNIFF_LIMIT) {
          throw new CliFailure(path + ": neither XML nor JSON (only blank space at the start)");
        }
        first = in.read();
      }
      return switch (first) {
        case -1 -> throw new CliFailure(path + ": is empty; expected an XML or JSON document");
        case '<' -> Format.XML;
        case '{', '[' -> Format.JSON;
        default ->
            throw new CliFailure(
                path
                    + ": neither XML nor JSON (it starts with "
                    + describe(first)
                    + "; XML starts with '<', JSON with '{' or '[')");
      };
    } finally {
      in.reset();
    }
  }

  private static String describe(int b) {
    return b >= 0x21 && b < 0x7F
        ? "'" + (char) b + "'"
        : String.format(Locale.ROOT, "the byte 0x%02X", b);
  }

  /** The one-line failure for a file that cannot be read. */
  static CliFailure unreadable(Path path, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new CliFailure(path + ": no such file", e);
    }
    if (e instanceof AccessDeniedException) {
      return new CliFailure(path + ": cannot read (permission denied)", e);
    }
    return new CliFailure(path + ": cannot read (" + e.getMessage() + ")", e);
  }
}
