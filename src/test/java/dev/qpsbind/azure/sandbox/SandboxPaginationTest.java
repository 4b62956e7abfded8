package dev.qpsbind.azure.sandbox;

import static dev.qpsbind.azure.sandbox.SandboxHttp.NOUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Search pages: limitResults, hasMoreRecords, lastId, startFromId, startFromOffset. */
class SandboxPaginationTest {

  private QualysSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /** A sandbox holding {@code count} connectors with ids 1001, 1002, ... named c-1001, ... */
  private SandboxHttp start(int count) {
    QualysSandbox.Builder builder = QualysSandbox.builder();
    for (long id = 1001; id < 1001 + count; id++) {
      builder.withConnector(id, Fixtures.connector("c-" + id));
    }
    sandbox = builder.build().start();
    return SandboxHttp.to(sandbox);
  }

  private static ServiceRequest page(Integer limit, Long startFromId, Integer offset) {
    ServiceRequest request = new ServiceRequest();
    Preferences preferences = new Preferences();
    preferences.setLimitResults(limit);
    preferences.setStartFromId(startFromId);
    preferences.setStartFromOffset(offset);
    request.setPreferences(preferences);
    return request;
  }

  private static List<Long> ids(ServiceResponse response) {
    return response.getData() == null
        ? List.of()
        : response.getData().getAzureAssetDataConnectors().stream()
            .map(AzureAssetDataConnector::getId)
            .toList();
  }

  @Test
  void pagesOfTenCoverTwentyFiveConnectorsWithHasMoreRecordsAndLastId() {
    SandboxHttp http = start(25);

    ServiceResponse first = http.post("search/" + NOUN, page(10, null, null)).response();
    ServiceResponse second =
        http.post("search/" + NOUN, page(10, first.getLastId() + 1, null)).response();
    ServiceResponse third =
        http.post("search/" + NOUN, page(10, second.getLastId() + 1, null)).response();

    assertThat(first.getCount()).isEqualTo(10);
    assertThat(first.isHasMoreRecords()).isTrue();
    assertThat(first.getLastId()).isEqualTo(1010L);
    assertThat(ids(first)).containsExactlyElementsOf(range(1001, 1010));
    assertThat(second.getCount()).isEqualTo(10);
    assertThat(second.isHasMoreRecords()).isTrue();
    assertThat(second.getLastId()).isEqualTo(1020L);
    assertThat(third.getCount()).isEqualTo(5);
    assertThat(third.isHasMoreRecords()).isFalse();
    assertThat(third.getLastId()).isEqualTo(1025L);
    assertThat(ids(third)).containsExactlyElementsOf(range(1021, 1025));
  }

  @Test
  void startFromIdIncludesThatId() {
    SandboxHttp http = start(5);

    ServiceResponse page = http.post("search/" + NOUN, page(2, 1003L, null)).response();

    assertThat(ids(page)).containsExactly(1003L, 1004L);
    assertThat(page.isHasMoreRecords()).isTrue();
  }

  @Test
  void pagingWithIdGreaterThanLastIdVisitsEveryConnectorOnce() {
    SandboxHttp http = start(23);
    List<Long> seen = new ArrayList<>();
    long lastId = 0;
    boolean more = true;
    int calls = 0;

    while (more && calls++ < 10) {
      ServiceRequest request = page(7, null, null);
      request.setFilters(
          Requests.filters(Requests.criteria("id", CriteriaOperator.GREATER, "" + lastId)));
      ServiceResponse response = http.post("search/" + NOUN, request).response();
      seen.addAll(ids(response));
      more = response.isHasMoreRecords();
      lastId = response.getLastId() == null ? lastId : response.getLastId();
    }

    assertThat(calls).isEqualTo(4);
    assertThat(seen).containsExactlyElementsOf(range(1001, 1023));
  }

  @Test
  void filtersApplyBeforePaging() {
    SandboxHttp http = start(30);
    ServiceRequest request = page(3, null, null);
    Criteria nameCriteria = Requests.criteria("name", CriteriaOperator.CONTAINS, "c-102");
    request.setFilters(Requests.filters(nameCriteria));

    ServiceResponse first = http.post("search/" + NOUN, request).response();
    request.getPreferences().setStartFromId(first.getLastId() + 1);
    ServiceResponse rest = http.post("search/" + NOUN, request).response();

    assertThat(ids(first)).containsExactly(1020L, 1021L, 1022L);
    assertThat(first.isHasMoreRecords()).isTrue();
    assertThat(ids(rest)).containsExactly(1023L, 1024L, 1025L);
    assertThat(rest.isHasMoreRecords()).isTrue();
  }

  @Test
  void theDefaultPageIsOneHundredAndOneThousandIsAccepted() {
    SandboxHttp http = start(120);

    ServiceResponse defaultPage = http.post("search/" + NOUN, new byte[0], null).response();
    ServiceResponse largest = http.post("search/" + NOUN, page(1000, null, null)).response();

    assertThat(defaultPage.getCount()).isEqualTo(100);
    assertThat(defaultPage.isHasMoreRecords()).isTrue();
    assertThat(defaultPage.getLastId()).isEqualTo(1100L);
    assertThat(largest.getCount()).isEqualTo(120);
    assertThat(largest.isHasMoreRecords()).isFalse();
  }

  @Test
  void startFromOffsetSkipsRecordsCountingFromOne() {
    SandboxHttp http = start(6);

    ServiceResponse fromFirst = http.post("search/" + NOUN, page(2, null, 1)).response();
    ServiceResponse fromFourth = http.post("search/" + NOUN, page(2, null, 4)).response();

    assertThat(ids(fromFirst)).containsExactly(1001L, 1002L);
    assertThat(ids(fromFourth)).containsExactly(1004L, 1005L);
    assertThat(fromFourth.isHasMoreRecords()).isTrue();
  }

  private static List<Long> range(long first, long last) {
    return LongStream.rangeClosed(first, last).boxed().toList();
  }
}
