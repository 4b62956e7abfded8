package dev.qpsbind.azure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that goes to logs and exceptions: the {@code authenticationKey} element of
 * XML bodies and the {@code "authenticationKey"} member of JSON bodies (even when the text is cut
 * inside the secret), and any literal secret the client knows (the password, the Basic header
 * value, the keys of the request being sent). Immutable and thread-safe.
 */
public final class Redactor {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  // The closing part is optional: a capped excerpt may end inside the secret.
  private static final Pattern XML_KEY =
      Pattern.compile(
          "(<authenticationKey(?:\\s[^>]*)?>)(.*?)(</authenticationKey\\s*>|\\z)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern JSON_KEY =
      Pattern.compile(
          "(\"authenticationKey\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"|\\\\?\\z)",
          Pattern.CASE_INSENSITIVE);

  // Shorter literals are not masked: replacing every "ab" in a body would ruin it and protect
  // nothing that was hard to guess.
  private static final int MIN_LITERAL = 4;

  private final List<String> literals;

  private Redactor(List<String> literals) {
    this.literals = literals;
  }

  /** A redactor that masks the patterns and these literal secrets. */
  public static Redactor of(Collection<String> secrets) {
    Objects.requireNonNull(secrets, "secrets == null");
    List<String> kept = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_LITERAL && !kept.contains(secret)) {
        kept.add(secret);
      }
    }
    // Longest first, so that a secret containing another is masked whole.
    kept.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(kept));
  }

  /** This redactor with more literal secrets. */
  public Redactor with(Collection<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(literals);
    all.addAll(more);
    return of(all);
  }

  /** The text with every secret masked. */
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked =
        XML_KEY
            .matcher(text)
            .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK + match.group(3)));
    masked =
        JSON_KEY
            .matcher(masked)
            .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK + "\""));
    for (String literal : literals) {
      masked = masked.replace(literal, MASK);
    }
    return masked;
  }

  /**
   * The start of a body as text, secrets masked, at most {@code maxChars} characters, with an
   * ellipsis and the full size when cut. Only a window somewhat larger than the cap is decoded, so
   * large bodies cost little.
   */
  String excerpt(byte[] body, int maxChars) {
    if (body == null || body.length == 0) {
      return "";
    }
    // Room for masks shrinking the text, and for multi-byte characters.
    int window = (int) Math.min(body.length, (long) maxChars * 4 + 1024);
    String text = new String(body, 0, window, StandardCharsets.UTF_8);
    String masked = mask(text);
    if (window < body.length && !literals.isEmpty()) {
      // The window may end inside a literal secret, which then escaped the masking: drop a tail
      // as long as the longest one.
      masked = masked.substring(0, Math.max(0, masked.length() - literals.get(0).length()));
    }
    boolean cut = window < body.length || masked.length() > maxChars;
    if (masked.length() > maxChars) {
      masked = masked.substring(0, maxChars);
    }
    return cut ? masked + "... (" + body.length + " bytes)" : masked;
  }
}
