package dev.qpsbind.azure;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP answer as received: status, headers (names matched without regard to case) and the body
 * bytes, already gzip-decoded. Immutable.
 */
record WireAnswer(int status, Map<String, List<String>> headers, byte[] body) {

  WireAnswer {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null) {
            byName.put(name, List.copyOf(values));
          }
        });
    headers = Collections.unmodifiableMap(byName);
  }

  /** The first value of a header, or null. */
  String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Whether the status is 2xx. */
  boolean isSuccessful() {
    return status >= 200 && status < 300;
  }
}
