package dev.qpsbind.azure.sandbox;

import static dev.qpsbind.azure.sandbox.SandboxHttp.NOUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data file: kept across restarts, written atomically, refused when damaged. */
class SandboxPersistenceTest {

  @TempDir Path folder;

  private QualysSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private SandboxHttp start(Path dataFile) {
    sandbox = QualysSandbox.builder().dataFile(dataFile).build().start();
    return SandboxHttp.to(sandbox);
  }

  @Test
  void aRestartWithTheDataFileKeepsEveryConnectorAndNeverReusesAnId() {
    Path file = folder.resolve("sandbox.xml");
    SandboxHttp http = start(file);
    long first = http.create(Fixtures.connector("first"));
    long second = http.create(Fixtures.connector("second"));
    long third = http.create(Fixtures.connector("third"));
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDescription("changed before the restart");
    http.post("update/" + NOUN + "/" + first, Requests.withData(change));
    http.post("run/" + NOUN + "/" + second);
    http.post("delete/" + NOUN + "/" + third);
    sandbox.close();

    SandboxHttp restarted = start(file);
    long fourth = restarted.create(Fixtures.connector("fourth"));

    assertThat(sandbox.connectorIds()).containsExactly(first, second, fourth);
    assertThat(fourth).isEqualTo(third + 1);
    assertThat(restarted.getConnector(first).getDescription())
        .isEqualTo("changed before the restart");
    assertThat(restarted.getConnector(second).getName()).isEqualTo("second");
    assertThat(sandbox.authenticationKeyMatches(first, Fixtures.KEY)).isTrue();
  }

  @Test
  void everyChangeIsOnDiskBeforeItIsAnsweredAndNoTemporaryFileIsLeft() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    SandboxHttp http = start(file);

    long id = http.create(Fixtures.connector("saved"));
    ServiceResponse onDisk = XmlCodec.create().readResponse(Files.readAllBytes(file)).value();

    assertThat(onDisk.getData().getAzureAssetDataConnectors())
        .extracting(AzureAssetDataConnector::getId, AzureAssetDataConnector::getName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "saved"));
    assertThat(onDisk.getLastId()).isEqualTo(id);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void theKeyIsNotStoredInPlainText() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    SandboxHttp http = start(file);

    http.create(Fixtures.connector("secret-holder"));
    String text = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(text).doesNotContain(Fixtures.KEY).contains("<authenticationKey>{SSHA-256}");
  }

  @Test
  void aMissingDataFileIsCreatedAtStartWithTheSeeds() throws IOException {
    Path file = folder.resolve("new/sandbox.xml");

    sandbox =
        QualysSandbox.builder()
            .dataFile(file)
            .withConnector(2004, Fixtures.connector("seeded"))
            .build()
            .start();
    ServiceResponse onDisk = XmlCodec.create().readResponse(Files.readAllBytes(file)).value();

    assertThat(onDisk.getData().getAzureAssetDataConnectors())
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(2004L);
    assertThat(Files.readString(file)).doesNotContain(Fixtures.KEY);
  }

  @Test
  void aMalformedDataFileIsRefusedWithFileLineAndColumnAndLeftAsItIs() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    String damaged =
        "<ServiceResponse>\n"
            + "  <responseCode>SUCCESS</responseCode>\n"
            + "  <data>\n"
            + "    <AzureAssetDataConnector><id>5</id><name>half\n"
            + "  </data>\n"
            + "</ServiceResponse>\n";
    Files.writeString(file, damaged);

    assertThatThrownBy(() -> start(file))
        .isInstanceOfSatisfying(
            SandboxDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file.toAbsolutePath());
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.column()).isPositive();
              assertThat(e.getMessage())
                  .contains(file.toAbsolutePath().toString())
                  .contains("line 5, column " + e.column())
                  .contains("left as it is");
            });
    assertThat(Files.readString(file)).isEqualTo(damaged);
    sandbox = null;
  }

  @Test
  void aBadValueInTheDataFileIsRefusedWithItsLine() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    Files.writeString(
        file,
        "<ServiceResponse>\n"
            + "  <data>\n"
            + "    <AzureAssetDataConnector>\n"
            + "      <id>5</id>\n"
            + "      <disabled>maybe</disabled>\n"
            + "    </AzureAssetDataConnector>\n"
            + "  </data>\n"
            + "</ServiceResponse>\n");

    assertThatThrownBy(() -> start(file))
        .isInstanceOf(SandboxDataException.class)
        .hasMessageContaining("line 5,")
        .hasMessageContaining("maybe");
    sandbox = null;
  }

  @Test
  void anUnknownElementInTheDataFileIsRefusedRatherThanDroppedOnTheNextSave() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    Files.writeString(
        file,
        "<ServiceResponse>\n"
            + "  <data>\n"
            + "    <AzureAssetDataConnector>\n"
            + "      <id>5</id>\n"
            + "      <futureFlag>true</futureFlag>\n"
            + "    </AzureAssetDataConnector>\n"
            + "  </data>\n"
            + "</ServiceResponse>\n");

    assertThatThrownBy(() -> start(file))
        .isInstanceOf(SandboxDataException.class)
        .hasMessageContaining("line 5,")
        .hasMessageContaining("futureFlag");
    sandbox = null;
  }

  @Test
  void aDataFileWithATwiceUsedIdIsRefused() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    Files.writeString(
        file,
        "<ServiceResponse>\n"
            + "  <data>\n"
            + "    <AzureAssetDataConnector><id>5</id></AzureAssetDataConnector>\n"
            + "    <AzureAssetDataConnector><id>5</id></AzureAssetDataConnector>\n"
            + "  </data>\n"
            + "</ServiceResponse>\n");

    assertThatThrownBy(() -> start(file))
        .isInstanceOf(SandboxDataException.class)
        .hasMessageContaining("line 4,")
        .hasMessageContaining("'5' appears twice");
    sandbox = null;
  }

  @Test
  void anEmptyDataFileIsDamagedNotEmpty() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    Files.writeString(file, "");

    assertThatThrownBy(() -> start(file)).isInstanceOf(SandboxDataException.class);
    assertThat(Files.size(file)).isZero();
    sandbox = null;
  }

  @Test
  void aChangeThatCannotBeSavedIsUndoneAndAnsweredAsAnError() throws IOException {
    Path sub = folder.resolve("sub");
    Path file = sub.resolve("sandbox.xml");
    SandboxHttp http = start(file);
    long kept = http.create(Fixtures.connector("kept"));
    // Replace the data folder by a plain file: the next save cannot create its temporary file.
    Files.delete(file);
    Files.delete(sub);
    Files.writeString(sub, "not a folder");

    SandboxHttp.Answer answer =
        http.post("create/" + NOUN, Requests.withData(Fixtures.connector("lost")));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.response().getResponseCode()).isEqualTo("INTERNAL_ERROR");
    assertThat(sandbox.connectorIds()).containsExactly(kept);
  }

  @Test
  void aHandWrittenPlainKeyIsDigestedOnLoad() throws IOException {
    Path file = folder.resolve("sandbox.xml");
    Files.writeString(
        file,
        "<ServiceResponse>\n"
            + "  <data>\n"
            + "    <AzureAssetDataConnector><id>5</id><name>hand</name>\n"
            + "      <authRecord><authenticationKey>FAKE-SECRET-0005</authenticationKey>"
            + "</authRecord>\n"
            + "    </AzureAssetDataConnector>\n"
            + "  </data>\n"
            + "</ServiceResponse>\n");

    start(file);

    assertThat(Files.readString(file)).doesNotContain("FAKE-SECRET-0005");
    assertThat(sandbox.authenticationKeyMatches(5, "FAKE-SECRET-0005")).isTrue();
  }
}
