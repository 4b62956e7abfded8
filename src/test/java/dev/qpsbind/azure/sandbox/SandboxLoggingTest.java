package dev.qpsbind.azure.sandbox;

import static dev.qpsbind.azure.sandbox.SandboxHttp.NOUN;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.qpsbind.azure.Requests;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Field case C18: neither the key nor the password reaches the logs, even at DEBUG. */
class SandboxLoggingTest {

  private static final String PASSWORD = "FAKE-PW-0003";

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger logger;
  private Level levelBefore;
  private QualysSandbox sandbox;

  @BeforeEach
  void capture() {
    logger = (Logger) LoggerFactory.getLogger("dev.qpsbind.azure.sandbox");
    levelBefore = logger.getLevel();
    logger.setLevel(Level.TRACE);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    if (sandbox != null) {
      sandbox.close();
    }
    logger.detachAppender(appender);
    logger.setLevel(levelBefore);
  }

  @Test
  void neitherTheKeyNorThePasswordIsLogged() {
    sandbox = QualysSandbox.builder().credentials("fake_user", PASSWORD).build().start();
    SandboxHttp http = SandboxHttp.to(sandbox, "fake_user", PASSWORD);

    long id = http.create(Fixtures.connector("dev-azure"));
    http.post("update/" + NOUN + "/" + id, Requests.withData(Fixtures.connector("again")));
    SandboxHttp.to(sandbox, "fake_user", "wrong-" + PASSWORD).get("get/" + NOUN + "/" + id);
    http.post("create/" + NOUN, "<ServiceRequest>".getBytes(StandardCharsets.UTF_8), "text/xml");
    sandbox.close();

    String basic =
        Base64.getEncoder()
            .encodeToString(("fake_user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(appender.list).isNotEmpty();
    assertThat(appender.list)
        .extracting(SandboxLoggingTest::render)
        .anySatisfy(line -> assertThat(line).contains("HTTP 401"))
        .allSatisfy(
            line ->
                assertThat(line)
                    .doesNotContain(Fixtures.KEY)
                    .doesNotContain(PASSWORD)
                    .doesNotContain(basic));
  }

  private static String render(ILoggingEvent event) {
    String thrown =
        event.getThrowableProxy() == null
            ? ""
            : ThrowableProxyUtil.asString(event.getThrowableProxy());
    return event.getFormattedMessage() + thrown;
  }
}
