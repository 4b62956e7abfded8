package dev.qpsbind.azure.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must never be printed: the value of every {@code authenticationKey} (XML element or
 * JSON member), the value of an {@code Authorization} header, and the literal secrets of this run
 * (the password, its Basic header value, the keys of the request file). Not thread-safe while
 * secrets are being added; the commands add them before anything is printed.
 */
final class Secrets {

  static final String MASK = "***";

  private static final Pattern XML_KEY =
      Pattern.compile(
          "(<authenticationKey(?:\\s[^>]*)?>)(.*?)(</authenticationKey\\s*>|\\z)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern JSON_KEY =
      Pattern.compile(
          "(\"authenticationKey\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"|\\z)",
          Pattern.CASE_INSENSITIVE);

  // Masking every "ab" in a body would ruin it and hide nothing hard to guess.
  private static final int SHORTEST = 4;

  private final List<String> literals = new ArrayList<>();

  /** Adds a literal secret (ignored when null or shorter than four characters). */
  Secrets add(String secret) {
    if (secret != null && secret.length() >= SHORTEST && !literals.contains(secret)) {
      literals.add(secret);
      // Longest first, so that a secret holding another is masked whole.
      literals.sort(Comparator.comparingInt(String::length).reversed());
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

  /** The text with every secret masked. */
  String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked =
        XML_KEY
            .matcher(text)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    masked =
        JSON_KEY
            .matcher(masked)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "\""));
    for (String literal : literals) {
      masked = masked.replace(literal, MASK);
    }
    return masked;
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
