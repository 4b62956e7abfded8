package dev.qpsbind.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private final Redactor redactor = Redactor.of(List.of("FAKE-PW-0003"));

  @Test
  void xmlAuthenticationKeyIsMasked() {
    String masked =
        redactor.mask("<authRecord><authenticationKey>s3cr&amp;t</authenticationKey></authRecord>");

    assertThat(masked)
        .isEqualTo("<authRecord><authenticationKey>***</authenticationKey></authRecord>");
  }

  @Test
  void jsonAuthenticationKeyIsMaskedEvenWithEscapedQuotes() {
    String masked = redactor.mask("{\"authenticationKey\" : \"a\\\"b=c\", \"name\":\"x\"}");

    assertThat(masked).isEqualTo("{\"authenticationKey\" : \"***\", \"name\":\"x\"}");
  }

  @Test
  void secretCutOffByTheEndOfTheTextIsMaskedToo() {
    assertThat(redactor.mask("<authenticationKey>FAKE-SEC")).isEqualTo("<authenticationKey>***");
    assertThat(redactor.mask("{\"authenticationKey\":\"FAKE-SEC"))
        .isEqualTo("{\"authenticationKey\":\"***\"");
  }

  @Test
  void literalSecretsAreMaskedWhereverTheyAppear() {
    assertThat(redactor.mask("password FAKE-PW-0003 here")).isEqualTo("password *** here");
  }

  @Test
  void shortLiteralsAreNotMaskedSinceTheyWouldRuinTheText() {
    Redactor shortOne = Redactor.of(List.of("ab"));

    assertThat(shortOne.mask("abc")).isEqualTo("abc");
  }

  @Test
  void excerptIsCappedAndSaysTheFullSize() {
    byte[] body =
        ("<authenticationKey>FAKE-SECRET</authenticationKey>" + "x".repeat(5000))
            .getBytes(StandardCharsets.UTF_8);

    String excerpt = redactor.excerpt(body, 100);

    assertThat(excerpt)
        .startsWith("<authenticationKey>***</authenticationKey>")
        .endsWith("... (" + body.length + " bytes)")
        .doesNotContain("FAKE-SECRET");
    assertThat(excerpt.length()).isLessThan(130);
  }

  @Test
  void excerptOfALiteralCutByTheWindowLeavesNoPartOfIt() {
    // Only 4 * maxChars + 1024 bytes are decoded. A long masked key shrinks that window to a few
    // characters, so a literal secret cut by the window's end would land inside the excerpt.
    int maxChars = 100;
    int window = 4 * maxChars + 1024;
    String key = "k".repeat(window - 44);
    String text = "<authenticationKey>" + key + "</authenticationKey>FAKE-PW-0003 and more";

    String excerpt = redactor.excerpt(text.getBytes(StandardCharsets.UTF_8), maxChars);

    assertThat(excerpt).startsWith("<authenticationKey>***").doesNotContain("FAKE-", "kkk");
  }
}
