package dev.qpsbind.azure.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the sandbox keeps an authentication key. */
class KeyDigestTest {

  @Test
  void aDigestHidesTheKeyIsSaltedAndStillMatchesIt() {
    String first = KeyDigest.of("FAKE-SECRET-0002");
    String second = KeyDigest.of("FAKE-SECRET-0002");

    assertThat(first).startsWith(KeyDigest.PREFIX).doesNotContain("FAKE-SECRET-0002");
    assertThat(first).isNotEqualTo(second);
    assertThat(KeyDigest.matches(first, "FAKE-SECRET-0002")).isTrue();
    assertThat(KeyDigest.matches(second, "FAKE-SECRET-0002")).isTrue();
    assertThat(KeyDigest.matches(first, "FAKE-SECRET-0003")).isFalse();
  }

  @Test
  void digestedKeepsADigestAndDigestsAPlainKey() {
    String digest = KeyDigest.of("k");

    assertThat(KeyDigest.digested(digest)).isEqualTo(digest);
    assertThat(KeyDigest.digested("k")).startsWith(KeyDigest.PREFIX);
    assertThat(KeyDigest.digested(null)).isNull();
    assertThat(KeyDigest.matches("k", "k")).isFalse();
  }
}
