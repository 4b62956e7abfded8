package dev.qpsbind.azure.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qpsbind.azure.TestFiles;
import dev.qpsbind.azure.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * xmllint (libxml2, an independent validator) agrees with the codec on every sample file: what the
 * codec accepts without a word, xmllint accepts; what the codec refuses or accepts only with
 * warnings (unknown elements in answers), xmllint rejects.
 *
 * <p>CI installs xmllint (Debian package libxml2-utils); elsewhere the test is skipped without it,
 * and fails without it when the CI variable is set, so CI cannot pass it by accident.
 */
class XmllintAgreementTest {

  /** The schema as it is in the project, relative to the root where Maven runs tests. */
  private static final Path SCHEMA = Path.of("xsd/azure_asset_data_connector.xsd");

  private final XmlCodec codec = XmlCodec.create();

  @BeforeAll
  static void xmllintIsThere() {
    boolean present = runs("xmllint", "--version");
    if (System.getenv("CI") != null) {
      assertThat(present).as("xmllint is installed on CI (.ci/run installs it)").isTrue();
    }
    assumeTrue(present, "xmllint is not installed");
  }

  static List<Path> everySampleFile() {
    return Stream.of("samples", "answers", "invalid")
        .flatMap(folder -> TestFiles.list(folder, ".xml").stream())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("everySampleFile")
  void xmllintAndTheCodecGiveTheSameVerdict(Path file) throws Exception {
    ValidationReport report = codec.validate(file);
    boolean cleanForUs = report.issues().isEmpty();

    boolean cleanForXmllint =
        runs("xmllint", "--noout", "--nonet", "--schema", SCHEMA.toString(), file.toString());

    assertThat(cleanForXmllint)
        .as("xmllint's verdict on %s (ours: %s)", file.getFileName(), report.issues())
        .isEqualTo(cleanForUs);
  }

  private static boolean runs(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("xmllint did not finish: " + String.join(" ", command));
      }
      return process.exitValue() == 0 && !output.contains("error");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
