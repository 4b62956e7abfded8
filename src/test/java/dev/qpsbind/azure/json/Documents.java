package dev.qpsbind.azure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.qpsbind.azure.validation.DocumentLocations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test documents from the classpath, and where a piece of text sits in them. */
final class Documents {

  private Documents() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Documents.class.getResourceAsStream(resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The 1-based line and column where the n-th (1-based) occurrence of a needle starts. */
  static DocumentLocations.Location positionOf(String text, String needle, int occurrence) {
    int index = -1;
    for (int i = 0; i < occurrence; i++) {
      index = text.indexOf(needle, index + 1);
      assertThat(index).as("occurrence %d of %s", i + 1, needle).isNotNegative();
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new DocumentLocations.Location(line, index - lineStart + 1);
  }

  static DocumentLocations.Location positionOf(String text, String needle) {
    return positionOf(text, needle, 1);
  }

  /** What the call threw, asserted to be of the type. */
  static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }
}
