package dev.qpsbind.azure;

import static dev.qpsbind.azure.ClientFixtures.clientOf;
import static dev.qpsbind.azure.ClientFixtures.newConnector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.qpsbind.azure.ClientFixtures.RecordingSleeper;
import dev.qpsbind.azure.StubServer.Reply;
import dev.qpsbind.azure.error.ApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Field case C18: the secret, the password and the Basic header appear in no log or message. */
class ClientSecretsTest {

  private static final String SECRET = "FAKE-SECRET-0002";
  private static final String BASIC =
      Base64.getEncoder()
          .encodeToString(
              (ClientFixtures.USER + ":" + ClientFixtures.PASSWORD)
                  .getBytes(StandardCharsets.UTF_8));

  private StubServer server;
  private AzureConnectorClient client;
  private Logger logger;
  private Level previousLevel;
  private ListAppender<ILoggingEvent> appender;

  @BeforeEach
  void start() {
    logger = (Logger) LoggerFactory.getLogger(AzureConnectorClient.class);
    previousLevel = logger.getLevel();
    logger.setLevel(Level.TRACE);
    appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    server = new StubServer();
    client = clientOf(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    logger.detachAppender(appender);
    logger.setLevel(previousLevel);
  }

  private String logs() {
    StringBuilder all = new StringBuilder();
    for (ILoggingEvent event : appender.list) {
      all.append(event.getFormattedMessage()).append('\n');
    }
    return all.toString();
  }

  private static String everythingIn(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return trace + "\n" + thrown;
  }

  @Test
  void secretsAreMaskedInTraceLogsAndInTheExceptionOfARefusedCreate() {
    server.enqueue(Reply.golden(400, "invalid-request-echoing-key.xml"));

    ApiException thrown =
        catchThrowableOfType(ApiException.class, () -> client.create(newConnector(SECRET)));

    // The server did get the real secret: masking is for logs and messages only.
    assertThat(server.single().text()).contains(SECRET);
    assertThat(server.single().header("Authorization")).isEqualTo("Basic " + BASIC);
    String logs = logs();
    assertThat(logs).contains("<authenticationKey>***</authenticationKey>");
    assertThat(logs).contains("/create/am/azureassetdataconnector -> 400");
    String exception = everythingIn(thrown) + thrown.bodyExcerpt() + thrown.errorMessage();
    assertThat(exception).contains("authenticationKey: value *** was refused");
    for (String text : List.of(logs, exception, client.toString())) {
      assertThat(text).doesNotContain(SECRET, ClientFixtures.PASSWORD, BASIC);
    }
  }

  @Test
  void successfulCallLogsTheRequestLineAndMaskedBodies() {
    server.enqueue(Reply.ok("create-answer.xml"));

    client.create(newConnector(SECRET));

    List<ILoggingEvent> events = appender.list;
    assertThat(events)
        .anySatisfy(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
              assertThat(event.getFormattedMessage()).contains("POST", "-> 200");
            });
    assertThat(events)
        .filteredOn(event -> event.getLevel() == Level.TRACE)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(message -> assertThat(message).contains("request body", "***"))
        .anySatisfy(message -> assertThat(message).contains("answer body", "dev-azure"));
    assertThat(logs()).doesNotContain(SECRET, ClientFixtures.PASSWORD, BASIC);
  }

  @Test
  void clientAndBuilderToStringNeverShowThePassword() {
    AzureConnectorClient.Builder builder = clientOf(server, new RecordingSleeper());

    String texts = builder + " " + client;

    assertThat(texts).doesNotContain(ClientFixtures.PASSWORD, BASIC);
    assertThat(texts).contains("password=***", ClientFixtures.USER);
  }
}
