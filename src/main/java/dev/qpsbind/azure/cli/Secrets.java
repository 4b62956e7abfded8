package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Masks what must never be printed: the value of every {@code authenticationKey} (XML element or
 * JSON member), the value of an {@code Authorization} header, and the literal secrets of this run
 * (the password, its Basic header value, the keys of the request file). Not thread-safe while
 * secrets are being added; the commands add them before anything is printed.
 */
final class Secrets {

  static final String MASK = Redactor.MASK;

  private final List<String> literals = new ArrayList<>();

  /** Adds a literal secret (the client's redactor ignores very short ones). */
  Secrets add(String secret) {
    if (secret != null && !literals.contains(secret)) {
      literals.add(secret);
    }
    return this;
  }

  /** Adds a password and the values of the Basic header it makes with this user. */
  Secrets addCredentials(String username, char[] password) {
    String secret = new String(password);
    add(secret);
    String pair = username + ":" + secret;
    add(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    add(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.ISO_8859_1)));
    return this;
  }

  /** The text with every secret masked, as the client masks its logs. */
  String mask(String text) {
    return Redactor.of(literals).mask(text);
  }

  /** A header as it may be shown: the credentials of {@code Authorization} masked. */
  String header(String name, String value) {
    if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Proxy-Authorization")) {
      int space = value.indexOf(' ');
      return name + ": " + (space > 0 ? value.substring(0, space + 1) : "") + MASK;
    }
    return name + ": " + mask(value);
  }
}
