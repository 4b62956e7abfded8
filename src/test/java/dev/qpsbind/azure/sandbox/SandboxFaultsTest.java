package dev.qpsbind.azure.sandbox;

import static dev.qpsbind.azure.sandbox.SandboxHttp.NOUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.Requests;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The faults a client test can switch on: rate limit, failure code, delay. */
class SandboxFaultsTest {

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private QualysSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private SandboxHttp start(QualysSandbox.Builder builder) {
    sandbox =
        builder.withConnector(2004, Fixtures.connector("dev-azure")).sleeper(sleeps::add).build();
    sandbox.start();
    return SandboxHttp.to(sandbox);
  }

  private static List<Integer> statuses(List<SandboxHttp.Answer> answers) {
    return answers.stream().map(SandboxHttp.Answer::status).toList();
  }

  @Test
  void theRateLimitRefusesEveryThirdCallWith409AndTheWaitHeader() {
    SandboxHttp http = start(QualysSandbox.builder().rateLimitEvery(3, 42));
    String path = "get/" + NOUN + "/2004";

    List<SandboxHttp.Answer> answers =
        List.of(
            http.get(path),
            http.get(path),
            http.get(path),
            http.get(path),
            http.get(path),
            http.get(path));

    assertThat(statuses(answers)).containsExactly(200, 200, 409, 200, 200, 409);
    SandboxHttp.Answer limited = answers.get(2);
    assertThat(limited.header("X-RateLimit-ToWait-Sec")).isEqualTo("42");
    assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.response().getResponseCode()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(answers.get(0).header("X-RateLimit-Limit")).isEqualTo("2");
    assertThat(answers.get(0).header("X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(answers.get(1).header("X-RateLimit-Remaining")).isEqualTo("0");
  }

  @Test
  void aRateLimitedCreateCreatesNothing() {
    SandboxHttp http = start(QualysSandbox.builder().rateLimitEvery(1, 5));

    SandboxHttp.Answer answer =
        http.post("create/" + NOUN, Requests.withData(Fixtures.connector("refused")));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.header("X-RateLimit-ToWait-Sec")).isEqualTo("5");
    assertThat(sandbox.connectorIds()).containsExactly(2004L);
  }

  @Test
  void theFailureFaultAnswers200WithItsCodeAndDoesNothing() {
    SandboxHttp http =
        start(QualysSandbox.builder().failEvery(2, "INSUFFICIENT_PERMISSION", "not allowed"));

    SandboxHttp.Answer first =
        http.post("create/" + NOUN, Requests.withData(Fixtures.connector("one")));
    SandboxHttp.Answer second =
        http.post("create/" + NOUN, Requests.withData(Fixtures.connector("two")));

    assertThat(first.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.response().getResponseCode()).isEqualTo("INSUFFICIENT_PERMISSION");
    assertThat(second.response().getResponseErrorDetails().getErrorMessage())
        .isEqualTo("not allowed");
    assertThat(second.response().getData()).isNull();
    assertThat(sandbox.connectorIds()).hasSize(2);
  }

  @Test
  void theDelayIsAppliedToEveryCallThroughTheSleeper() {
    SandboxHttp http = start(QualysSandbox.builder().delay(Duration.ofMillis(1500)));

    http.get("get/" + NOUN + "/2004");
    http.post("search/" + NOUN);

    assertThat(sleeps).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(1500));
  }

  @Test
  void faultsCanBeSwitchedOnAndOffWhileItRuns() {
    SandboxHttp http = start(QualysSandbox.builder());
    String path = "get/" + NOUN + "/2004";

    int before = http.get(path).status();
    sandbox.faults().rateLimitEvery(1, 7).delay(Duration.ofSeconds(2));
    SandboxHttp.Answer limited = http.get(path);
    sandbox.faults().noRateLimit().failEvery(1, "LIMIT_EXCEEDED", "slow down");
    String failed = http.get(path).response().getResponseCode();
    sandbox.faults().clear();
    SandboxHttp.Answer after = http.get(path);

    assertThat(before).isEqualTo(200);
    assertThat(limited.status()).isEqualTo(409);
    assertThat(limited.header("X-RateLimit-ToWait-Sec")).isEqualTo("7");
    assertThat(failed).isEqualTo("LIMIT_EXCEEDED");
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(after.header("X-RateLimit-Limit")).isNull();
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(sandbox.faults().toString()).contains("rateLimitEvery=0");
  }

  @Test
  void nonsensicalFaultsAreRefused() {
    SandboxFaults faults = QualysSandbox.builder().build().faults();

    assertThatThrownBy(() -> faults.rateLimitEvery(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
    assertThatThrownBy(() -> faults.failEvery(1, "SUCCESS", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.delay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
