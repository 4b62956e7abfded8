package dev.qpsbind.azure.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The form in which the sandbox keeps an {@code authenticationKey}: a salted SHA-256 digest, never
 * the key. The sandbox never needs the key itself (it calls no Azure API and never returns the
 * key), only to remember that one was set and, for tests, to tell whether a candidate is the one
 * sent. A hand-written data file may hold a plain key; it is digested on load.
 */
final class KeyDigest {

  static final String PREFIX = "{SSHA-256}";

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyDigest() {}

  /** Whether the stored value is already a digest. */
  static boolean isDigest(String stored) {
    return stored != null && stored.startsWith(PREFIX) && stored.indexOf('$') > PREFIX.length();
  }

  /** The digest of a key, with a fresh salt. */
  static String of(String key) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return PREFIX + base64.encodeToString(salt) + "$" + base64.encodeToString(hash(salt, key));
  }

  /** The stored value as a digest: digests stay as they are, plain keys are digested. */
  static String digested(String stored) {
    return stored == null || isDigest(stored) ? stored : of(stored);
  }

  /** Whether the candidate is the key whose digest is stored. */
  static boolean matches(String stored, String candidate) {
    if (!isDigest(stored) || candidate == null) {
      return false;
    }
    String body = stored.substring(PREFIX.length());
    int dollar = body.indexOf('$');
    try {
      byte[] salt = Base64.getDecoder().decode(body.substring(0, dollar));
      byte[] expected = Base64.getDecoder().decode(body.substring(dollar + 1));
      return MessageDigest.isEqual(expected, hash(salt, candidate));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] hash(byte[] salt, String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
