package dev.qpsbind.azure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test resources by name. */
public final class TestFiles {

  private TestFiles() {}

  /** The path of a test resource, like {@code samples/update-request-sample1.xml}. */
  public static Path path(String resource) {
    URL url = TestFiles.class.getResource("/" + resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes of a test resource. */
  public static byte[] bytes(String resource) {
    try {
      return Files.readAllBytes(path(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file with this ending in a resource folder, sorted. */
  public static List<Path> list(String folder, String ending) {
    try (Stream<Path> files = Files.list(path(folder))) {
      return files.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
