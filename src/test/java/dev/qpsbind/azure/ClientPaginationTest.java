package dev.qpsbind.azure;

import static dev.qpsbind.azure.ClientFixtures.clientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.ClientFixtures.RecordingSleeper;
import dev.qpsbind.azure.StubServer.Recorded;
import dev.qpsbind.azure.StubServer.Reply;
import dev.qpsbind.azure.client.Criterion;
import dev.qpsbind.azure.client.Page;
import dev.qpsbind.azure.error.ConnectorException;
import dev.qpsbind.azure.error.PageLimitException;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.xml.XmlCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** searchAll walks pages with preferences/startFromId and never cuts a result silently. */
class ClientPaginationTest {

  private static final List<Criteria> FILTERS = List.of(Criterion.equalTo("name", "sub"));

  private StubServer server;
  private AzureConnectorClient client;

  @BeforeEach
  void start() {
    server = new StubServer();
    client = clientOf(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private List<ServiceRequest> sentRequests() {
    return server.requests().stream()
        .map(Recorded::body)
        .map(body -> XmlCodec.create().readRequest(body).value())
        .toList();
  }

  private static Reply page(int number) {
    return Reply.ok("search-page-" + number + ".xml");
  }

  @Test
  void threePagesAreWalkedWithTheLastIdAsTheNextStart() {
    server.enqueue(page(1), page(2), page(3));
    Preferences preferences = new Preferences();
    preferences.setLimitResults(2);

    List<AzureAssetDataConnector> all = client.searchAll(FILTERS, preferences);

    assertThat(all)
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(101L, 102L, 103L, 104L, 105L);
    List<ServiceRequest> sent = sentRequests();
    assertThat(sent).hasSize(3);
    assertThat(sent)
        .extracting(request -> request.getPreferences().getStartFromId())
        .containsExactly(null, 102L, 104L);
    assertThat(sent)
        .extracting(request -> request.getPreferences().getLimitResults())
        .containsOnly(2);
    // The cursor replaces the previous one instead of piling up as extra criteria.
    assertThat(sent)
        .allSatisfy(
            request -> {
              assertThat(request.getFilters().getCriteria()).hasSize(1);
              assertThat(request.getFilters().getCriteria().get(0).getField()).isEqualTo("name");
            });
  }

  @Test
  void callersPreferencesAreLeftUnchanged() {
    server.enqueue(page(1), page(2), page(3));
    Preferences preferences = new Preferences();
    preferences.setLimitResults(2);
    preferences.setStartFromOffset(1);

    client.searchAll(FILTERS, preferences);

    assertThat(preferences.getStartFromId()).isNull();
    assertThat(preferences.getStartFromOffset()).isEqualTo(1);
    assertThat(sentRequests())
        .extracting(request -> request.getPreferences().getStartFromOffset())
        .containsExactly(1, null, null);
  }

  @Test
  void pageConsumerReceivesEachPageInOrder() {
    server.enqueue(page(1), page(2), page(3));
    List<Page<AzureAssetDataConnector>> received = new ArrayList<>();

    long total = client.searchAll(FILTERS, received::add);

    assertThat(total).isEqualTo(5);
    assertThat(received).extracting(Page::count).containsExactly(2, 2, 1);
    assertThat(received).extracting(Page::hasMoreRecords).containsExactly(true, true, false);
  }

  @Test
  void pageConsumerSeesEachPageBeforeTheNextIsAskedFor() {
    server.enqueue(page(1), page(2), page(3));
    List<Integer> requestsSeenByConsumer = new ArrayList<>();

    client.searchAll(FILTERS, p -> requestsSeenByConsumer.add(server.count()));

    assertThat(requestsSeenByConsumer).containsExactly(1, 2, 3);
  }

  @Test
  void emptyPageThatStillSaysMoreEndsTheWalk() {
    server.enqueue(page(1), Reply.ok("search-empty-says-more.xml"), page(3));

    List<AzureAssetDataConnector> all = client.searchAll(FILTERS);

    assertThat(all).extracting(AzureAssetDataConnector::getId).containsExactly(101L, 102L);
    assertThat(server.count()).isEqualTo(2);
  }

  @Test
  void pageLimitRaisesInsteadOfTruncating() {
    AzureConnectorClient limited = clientOf(server, new RecordingSleeper()).maxPages(2).build();
    server.enqueue(page(1), page(2), page(3));

    assertThatThrownBy(() -> limited.searchAll(FILTERS))
        .isInstanceOfSatisfying(
            PageLimitException.class,
            e -> {
              assertThat(e.pages()).isEqualTo(2);
              assertThat(e.lastId()).hasValue(104L);
              assertThat(e.getMessage()).contains("maxPages");
            });
    assertThat(server.count()).isEqualTo(2);
    limited.close();
  }

  @Test
  void pageLimitIsNotRaisedWhenTheLastAllowedPageIsTheLastPage() {
    AzureConnectorClient limited = clientOf(server, new RecordingSleeper()).maxPages(3).build();
    server.enqueue(page(1), page(2), page(3));

    List<AzureAssetDataConnector> all = limited.searchAll(FILTERS);

    assertThat(all).hasSize(5);
    limited.close();
  }

  @Test
  void recordAtTheCursorIsNotHandedOverTwice() {
    server.enqueue(
        page(1),
        Reply.text(
            200,
            """
            <ServiceResponse><responseCode>SUCCESS</responseCode><count>2</count>
              <hasMoreRecords>false</hasMoreRecords><lastId>103</lastId>
              <data><AzureAssetDataConnector><id>102</id></AzureAssetDataConnector>
                <AzureAssetDataConnector><id>103</id></AzureAssetDataConnector></data>
            </ServiceResponse>\
            """));

    List<AzureAssetDataConnector> all = client.searchAll(FILTERS);

    assertThat(all).extracting(AzureAssetDataConnector::getId).containsExactly(101L, 102L, 103L);
  }

  @Test
  void repeatedLastIdStopsTheWalkWithAnError() {
    server.enqueue(
        page(1),
        Reply.text(
            200,
            """
            <ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count>
              <hasMoreRecords>true</hasMoreRecords><lastId>102</lastId>
              <data><AzureAssetDataConnector><id>99</id></AzureAssetDataConnector></data>
            </ServiceResponse>\
            """));

    assertThatThrownBy(() -> client.searchAll(FILTERS))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("repeats lastId '102'");
    assertThat(server.count()).isEqualTo(2);
  }

  @Test
  void missingLastIdFallsBackToTheIdOfTheLastRecord() {
    server.enqueue(
        Reply.text(
            200,
            """
            <ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count>
              <hasMoreRecords>true</hasMoreRecords>
              <data><AzureAssetDataConnector><id>101</id></AzureAssetDataConnector></data>
            </ServiceResponse>\
            """),
        page(3));

    List<AzureAssetDataConnector> all = client.searchAll(FILTERS);

    assertThat(all).extracting(AzureAssetDataConnector::getId).containsExactly(101L, 105L);
    assertThat(sentRequests().get(1).getPreferences().getStartFromId()).isEqualTo(101L);
  }
}
