package dev.qpsbind.azure.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Starting, stopping, ports and addresses. */
class QualysSandboxLifecycleTest {

  @Test
  void portZeroPicksAFreePortOnLoopbackAndBaseUrlNamesIt() {
    try (QualysSandbox first = QualysSandbox.builder().build().start();
        QualysSandbox second = QualysSandbox.builder().build().start()) {

      String baseUrl = first.baseUrl();

      assertThat(first.port()).isPositive().isNotEqualTo(second.port());
      assertThat(baseUrl).isEqualTo("http://127.0.0.1:" + first.port());
      assertThat(SandboxHttp.to(first).post("search/" + SandboxHttp.NOUN).status()).isEqualTo(200);
    }
  }

  @Test
  void aGivenPortIsUsed() throws IOException {
    int free;
    try (ServerSocket probe = new ServerSocket(0)) {
      free = probe.getLocalPort();
    }

    try (QualysSandbox sandbox = QualysSandbox.builder().port(free).build().start()) {

      assertThat(sandbox.port()).isEqualTo(free);
    }
  }

  @Test
  void aStoppedSandboxIsNotRunningAndCannotStartAgain() {
    QualysSandbox sandbox = QualysSandbox.builder().build().start();
    String running = sandbox.toString();

    sandbox.stop();
    sandbox.close();

    assertThat(running).startsWith("QualysSandbox[http://127.0.0.1:");
    assertThat(sandbox.isRunning()).isFalse();
    assertThat(sandbox.toString()).isEqualTo("QualysSandbox[stopped]");
    assertThatThrownBy(sandbox::baseUrl).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(sandbox::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stopped");
  }

  @Test
  void advancingTheRunOfAnUnknownConnectorSaysSo() {
    try (QualysSandbox sandbox = QualysSandbox.builder().build().start()) {

      assertThatThrownBy(() -> sandbox.advanceRun(77))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("'77'");
    }
  }

  @Test
  void theBuilderRefusesImpossibleSettingsAndNeverShowsThePassword() {
    QualysSandbox.Builder builder = QualysSandbox.builder().credentials("fake_user", "FAKE-PW-1");

    assertThatThrownBy(() -> builder.port(70000)).hasMessageContaining("'70000'");
    assertThatThrownBy(() -> builder.firstId(0)).hasMessageContaining("'0'");
    assertThatThrownBy(() -> builder.credentials("a:b", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.toString()).contains("fake_user").doesNotContain("FAKE-PW-1");
  }

  @Test
  void seedsAreCopiedWhenGiven() {
    var connector = Fixtures.connector("before");
    QualysSandbox.Builder builder = QualysSandbox.builder().withConnector(2004, connector);
    connector.setName("after");

    try (QualysSandbox sandbox = builder.build().start()) {

      assertThat(sandbox.connector(2004).orElseThrow().getName()).isEqualTo("before");
    }
  }
}
