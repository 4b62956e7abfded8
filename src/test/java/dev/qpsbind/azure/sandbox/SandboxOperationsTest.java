package dev.qpsbind.azure.sandbox;

import static dev.qpsbind.azure.sandbox.SandboxHttp.NOUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.TestFiles;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.ActivationModuleItems;
import dev.qpsbind.azure.model.ActivationModuleQList;
import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import dev.qpsbind.azure.model.AssetDataConnectorState;
import dev.qpsbind.azure.model.AssetDataConnectorType;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ConnectorAppInfo;
import dev.qpsbind.azure.model.ConnectorAppInfoList;
import dev.qpsbind.azure.model.ConnectorAppInfoQList;
import dev.qpsbind.azure.model.ConnectorAppInfoQListItems;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.model.TagSimple;
import dev.qpsbind.azure.model.TagSimpleItems;
import dev.qpsbind.azure.model.TagSimpleQList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every operation of the connector API, in XML, over loopback HTTP. */
class SandboxOperationsTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final OffsetDateTime NOW_UTC = NOW.atOffset(ZoneOffset.UTC);

  private QualysSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private SandboxHttp start(QualysSandbox.Builder builder) {
    sandbox = builder.clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
    return SandboxHttp.to(sandbox);
  }

  private SandboxHttp start() {
    return start(QualysSandbox.builder());
  }

  @Test
  void createAssignsAnIdAndTheFieldsTheServerSets() {
    SandboxHttp http = start();

    SandboxHttp.Answer answer =
        http.post("create/" + NOUN, Requests.withData(Fixtures.connector("dev-azure")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(answer.response().getCount()).isEqualTo(1);
    AzureAssetDataConnector created = answer.connectors().get(0);
    assertThat(created.getId()).isEqualTo(QualysSandbox.DEFAULT_FIRST_ID);
    assertThat(created.getName()).isEqualTo("dev-azure");
    assertThat(created.getType()).isEqualTo(AssetDataConnectorType.AZURE);
    assertThat(created.getConnectorState()).isEqualTo(AssetDataConnectorState.PENDING);
    assertThat(created.isDeleted()).isFalse();
    assertThat(created.getNextSync()).isEqualTo(NOW_UTC.plusMinutes(240));
    assertThat(created.getLastSync()).isNull();
    // Qualys echoes the authentication record empty on create.
    assertThat(created.getAuthRecord()).isNotNull();
    assertThat(created.getAuthRecord().getApplicationId()).isNull();
    assertThat(created.getAuthRecord().getAuthenticationKey()).isNull();
    assertThat(sandbox.connectorIds()).containsExactly(created.getId());
  }

  @Test
  void createRefusesAnIdInTheBodyAndNumbersConnectorsInOrder() {
    SandboxHttp http = start(QualysSandbox.builder().firstId(500));
    AzureAssetDataConnector withId = Fixtures.connector("first");
    withId.setId(77L);

    SandboxHttp.Answer refused =
        http.post("create/" + NOUN, dev.qpsbind.azure.Requests.withData(withId));
    long firstId = http.create(Fixtures.connector("first"));
    long secondId = http.create(Fixtures.connector("second"));

    assertThat(refused.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(refused.response().getResponseErrorDetails().getErrorMessage()).startsWith("id: ");
    assertThat(firstId).isEqualTo(500);
    assertThat(secondId).isEqualTo(501);
  }

  @Test
  void getAnswersCollectionsAsListsWithCountsAndNeverTheKey() {
    SandboxHttp http = start();
    long id = http.create(Fixtures.connector("dev-azure"));

    SandboxHttp.Answer answer = http.get("get/" + NOUN + "/" + id);

    AzureAssetDataConnector got = answer.connectors().get(0);
    assertThat(got.getDefaultTags().getCount()).isEqualTo(1);
    assertThat(got.getDefaultTags().getList().getTagSimples())
        .extracting(TagSimple::getId)
        .containsExactly(4242L);
    assertThat(got.getDefaultTags().getSet()).isNull();
    assertThat(got.getActivation().getList().getActivationModules())
        .containsExactly(ActivationModule.VM);
    ConnectorAppInfoQList group =
        got.getConnectorAppInfos().getList().getConnectorAppInfoQLists().get(0);
    assertThat(group.getCount()).isEqualTo(1);
    assertThat(group.getList().getConnectorAppInfos().get(0).getName()).isEqualTo("AI");
    assertThat(got.getAuthRecord().getApplicationId()).isEqualTo(Fixtures.APPLICATION_ID);
    assertThat(got.getAuthRecord().getSubscriptionId()).isEqualTo(Fixtures.SUBSCRIPTION_ID);
    assertThat(got.getAuthRecord().getAuthenticationKey()).isNull();
    assertThat(answer.text()).doesNotContain(Fixtures.KEY).doesNotContain("authenticationKey");
  }

  @Test
  void theKeyIsKeptOnlyAsADigestThatATestCanCheck() {
    SandboxHttp http = start();
    long id = http.create(Fixtures.connector("dev-azure"));

    SandboxHttp.Answer search = http.post("search/" + NOUN, new byte[0], null);

    assertThat(search.text()).doesNotContain(Fixtures.KEY);
    assertThat(sandbox.connector(id).orElseThrow().getAuthRecord().getAuthenticationKey()).isNull();
    assertThat(sandbox.authenticationKeyMatches(id, Fixtures.KEY)).isTrue();
    assertThat(sandbox.authenticationKeyMatches(id, "FAKE-SECRET-9999")).isFalse();
  }

  @Test
  void updateByIdAnswersTheIdOnlyAndChangesOnlyWhatItSends() {
    SandboxHttp http = start();
    long id = http.create(Fixtures.connector("dev-azure"));
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDescription("changed");

    SandboxHttp.Answer answer = http.post("update/" + NOUN + "/" + id, Requests.withData(change));

    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(answer.response().getCount()).isEqualTo(1);
    AzureAssetDataConnector echoed = answer.connectors().get(0);
    assertThat(echoed.getId()).isEqualTo(id);
    assertThat(echoed.getName()).isNull();
    assertThat(echoed.getAuthRecord()).isNull();
    assertThat(echoed.getDefaultTags()).isNull();
    AzureAssetDataConnector got = http.getConnector(id);
    assertThat(got.getDescription()).isEqualTo("changed");
    assertThat(got.getName()).isEqualTo("dev-azure");
    assertThat(sandbox.authenticationKeyMatches(id, Fixtures.KEY)).isTrue();
  }

  @Test
  void documentedUpdateSampleUpdatesSeededConnector2004AndAnswersItsIdOnly() {
    SandboxHttp http =
        start(QualysSandbox.builder().withConnector(2004, Fixtures.connector("old")));

    SandboxHttp.Answer answer =
        http.post(
            "update/" + NOUN + "/2004",
            TestFiles.bytes("samples/update-request-sample1.xml"),
            "text/xml");

    ServiceResponse response = answer.response();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(response.getResponseCode()).isEqualTo("SUCCESS");
    assertThat(response.getCount()).isEqualTo(1);
    assertThat(answer.connectors()).hasSize(1);
    AzureAssetDataConnector echoed = answer.connectors().get(0);
    assertThat(echoed.getId()).isEqualTo(2004L);
    assertThat(echoed.getName()).isNull();
    assertThat(echoed.getDescription()).isNull();
    assertThat(echoed.getDefaultTags()).isNull();
    AzureAssetDataConnector got = http.getConnector(2004);
    assertThat(got.getName()).isEqualTo("Azure Connector");
    assertThat(got.getDescription()).isEqualTo("Updated Description Via API New1");
    assertThat(got.getRunFrequency()).isEqualTo(300);
    assertThat(got.isRemediationEnabled()).isTrue();
    assertThat(got.getDefaultTags().getList().getTagSimples())
        .extracting(TagSimple::getId)
        .containsExactly(123488470L);
    assertThat(
            got.getConnectorAppInfos()
                .getList()
                .getConnectorAppInfoQLists()
                .get(0)
                .getList()
                .getConnectorAppInfos())
        .extracting(ConnectorAppInfo::getName, ConnectorAppInfo::getTagId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CSA", 123489465L));
    assertThat(sandbox.authenticationKeyMatches(2004, "02LCb8/RCn0lbGj6xxxxxxxxnoH01rog="))
        .isTrue();
  }

  @Test
  void setReplacesAddAppendsWithoutDuplicatesAndRemoveDropsByKey() {
    SandboxHttp http = start();
    long id = http.create(Fixtures.connector("dev-azure"));

    update(http, id, tags(null, List.of(4242L, 7L), null), null);
    List<Long> afterAdd = tagIds(http.getConnector(id));
    update(http, id, tags(null, null, List.of(4242L, 999L)), null);
    List<Long> afterRemove = tagIds(http.getConnector(id));
    update(http, id, Requests.tagsSet(8, 9), null);
    AzureAssetDataConnector afterSet = http.getConnector(id);

    assertThat(afterAdd).containsExactly(4242L, 7L);
    assertThat(afterRemove).containsExactly(7L);
    assertThat(tagIds(afterSet)).containsExactly(8L, 9L);
    assertThat(afterSet.getDefaultTags().getCount()).isEqualTo(2);
  }

  @Test
  void activationModulesAreAddedOnceAndRemovedByValue() {
    SandboxHttp http = start();
    long id = http.create(Fixtures.connector("dev-azure"));
    ActivationModuleQList add = new ActivationModuleQList();
    add.setAdd(items(ActivationModule.PC, ActivationModule.VM));
    ActivationModuleQList remove = new ActivationModuleQList();
    remove.setRemove(items(ActivationModule.VM));

    update(http, id, null, add);
    List<ActivationModule> afterAdd = modules(http.getConnector(id));
    update(http, id, null, remove);
    List<ActivationModule> afterRemove = modules(http.getConnector(id));

    assertThat(afterAdd).containsExactly(ActivationModule.VM, ActivationModule.PC);
    assertThat(afterRemove).containsExactly(ActivationModule.PC);
  }

  @Test
  void appInfoListsAreKeyedByApplicationName() {
    SandboxHttp http = start();
    long id = http.create(Fixtures.connector("dev-azure"));

    appInfos(
        http,
        id,
        "add",
        Requests.appInfoGroup(Requests.appInfo("CI", Fixtures.SUBSCRIPTION_ID, 11L)));
    List<String> afterAddCi = groupNames(http.getConnector(id));
    appInfos(
        http,
        id,
        "add",
        Requests.appInfoGroup(Requests.appInfo("AI", Fixtures.SUBSCRIPTION_ID, 12L)));
    AzureAssetDataConnector afterReplaceAi = http.getConnector(id);
    appInfos(
        http,
        id,
        "remove",
        Requests.appInfoGroup(Requests.appInfo("AI", Fixtures.SUBSCRIPTION_ID, 12L)));
    List<String> afterRemoveAi = groupNames(http.getConnector(id));

    assertThat(afterAddCi).containsExactly("AI", "CI");
    assertThat(groupNames(afterReplaceAi)).containsExactly("AI", "CI");
    assertThat(
            afterReplaceAi
                .getConnectorAppInfos()
                .getList()
                .getConnectorAppInfoQLists()
                .get(0)
                .getList()
                .getConnectorAppInfos()
                .get(0)
                .getTagId())
        .isEqualTo(12L);
    assertThat(afterRemoveAi).containsExactly("CI");
  }

  @Test
  void updateByFilterChangesEveryMatchAndAnswersTheirIds() {
    SandboxHttp http = start();
    long a1 = http.create(Fixtures.connector("team-a-1"));
    long a2 = http.create(Fixtures.connector("team-a-2"));
    long b1 = http.create(Fixtures.connector("team-b-1"));
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDisabled(true);
    ServiceRequest request = Requests.withData(change);
    request.setFilters(Requests.filters(criteria("name", CriteriaOperator.CONTAINS, "team-a")));

    SandboxHttp.Answer answer = http.post("update/" + NOUN, request);

    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(answer.connectors())
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(a1, a2);
    assertThat(answer.connectors()).allSatisfy(c -> assertThat(c.getName()).isNull());
    assertThat(http.getConnector(a1).isDisabled()).isTrue();
    assertThat(http.getConnector(a2).getConnectorState())
        .isEqualTo(AssetDataConnectorState.DISABLED);
    assertThat(http.getConnector(b1).isDisabled()).isFalse();
  }

  @Test
  void searchSupportsEqualsContainsGreaterLesserAndInOnIdAndName() {
    SandboxHttp http = start();
    long alpha = http.create(Fixtures.connector("alpha"));
    long beta = http.create(Fixtures.connector("beta"));
    long gamma = http.create(Fixtures.connector("gamma"));

    List<Long> byName = search(http, criteria("name", CriteriaOperator.EQUALS, "beta"));
    List<Long> contains = search(http, criteria("name", CriteriaOperator.CONTAINS, "MM"));
    List<Long> greater = search(http, criteria("id", CriteriaOperator.GREATER, "" + alpha));
    List<Long> lesser = search(http, criteria("id", CriteriaOperator.LESSER, "" + gamma));
    List<Long> idIn = search(http, criteria("id", CriteriaOperator.IN, alpha + ", " + gamma));
    List<Long> nameIn = search(http, criteria("name", CriteriaOperator.IN, "gamma,beta"));
    List<Long> notEquals = search(http, criteria("name", CriteriaOperator.NOT_EQUALS, "alpha"));
    List<Long> both =
        search(
            http,
            criteria("id", CriteriaOperator.GREATER, "" + alpha),
            criteria("name", CriteriaOperator.LESSER, "c"));
    List<Long> byAuth =
        search(
            http,
            criteria(
                "authrecord.subscriptionId", CriteriaOperator.EQUALS, Fixtures.SUBSCRIPTION_ID));

    assertThat(byName).containsExactly(beta);
    assertThat(contains).containsExactly(gamma);
    assertThat(greater).containsExactly(beta, gamma);
    assertThat(lesser).containsExactly(alpha, beta);
    assertThat(idIn).containsExactly(alpha, gamma);
    assertThat(nameIn).containsExactly(beta, gamma);
    assertThat(notEquals).containsExactly(beta, gamma);
    assertThat(both).containsExactly(beta);
    assertThat(byAuth).containsExactly(alpha, beta, gamma);
  }

  @Test
  void searchWithAnEmptyBodyAnswersEveryConnectorAndNoMatchAnswersNoData() {
    SandboxHttp http = start();
    http.create(Fixtures.connector("alpha"));
    http.create(Fixtures.connector("beta"));

    SandboxHttp.Answer all = http.post("search/" + NOUN, new byte[0], null);
    SandboxHttp.Answer none =
        http.post(
            "search/" + NOUN,
            Requests.withFilters(criteria("name", CriteriaOperator.EQUALS, "nothing")));

    assertThat(all.response().getCount()).isEqualTo(2);
    assertThat(all.response().isHasMoreRecords()).isFalse();
    assertThat(none.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(none.response().getCount()).isZero();
    assertThat(none.response().getData()).isNull();
  }

  @Test
  void deleteByIdAnswersTheIdAndTheConnectorIsGone() {
    SandboxHttp http = start();
    long kept = http.create(Fixtures.connector("kept"));
    long gone = http.create(Fixtures.connector("gone"));

    SandboxHttp.Answer answer = http.post("delete/" + NOUN + "/" + gone);

    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(answer.connectors())
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(gone);
    assertThat(http.get("get/" + NOUN + "/" + gone).response().getResponseCode())
        .isEqualTo("OBJECT_NOT_FOUND");
    assertThat(sandbox.connectorIds()).containsExactly(kept);
  }

  @Test
  void deleteByFilterDeletesEveryMatch() {
    SandboxHttp http = start();
    long a = http.create(Fixtures.connector("old-1"));
    long b = http.create(Fixtures.connector("old-2"));
    long kept = http.create(Fixtures.connector("new"));

    SandboxHttp.Answer answer =
        http.post(
            "delete/" + NOUN,
            Requests.withFilters(criteria("id", CriteriaOperator.IN, a + "," + b)));

    assertThat(answer.connectors())
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(a, b);
    assertThat(sandbox.connectorIds()).containsExactly(kept);
  }

  @Test
  void runMovesOneStepOnEachLaterGet() {
    SandboxHttp http = start();
    long id = http.create(Fixtures.connector("dev-azure"));

    SandboxHttp.Answer run = http.post("run/" + NOUN + "/" + id);
    AzureAssetDataConnector first = http.getConnector(id);
    AzureAssetDataConnector second = http.getConnector(id);
    AzureAssetDataConnector third = http.getConnector(id);

    assertThat(run.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(run.connectors().get(0).getConnectorState())
        .isEqualTo(AssetDataConnectorState.QUEUED);
    assertThat(first.getConnectorState()).isEqualTo(AssetDataConnectorState.RUNNING);
    assertThat(first.getLastSync()).isNull();
    assertThat(second.getConnectorState()).isEqualTo(AssetDataConnectorState.FINISHED_SUCCESS);
    assertThat(second.getLastSync()).isEqualTo(NOW_UTC);
    assertThat(second.getNextSync()).isEqualTo(NOW_UTC.plusMinutes(240));
    assertThat(third.getConnectorState()).isEqualTo(AssetDataConnectorState.FINISHED_SUCCESS);
  }

  @Test
  void withoutStepsOnGetARunMovesOnlyThroughAdvanceRun() {
    SandboxHttp http = start(QualysSandbox.builder().runStepsOnGet(false));
    long id = http.create(Fixtures.connector("dev-azure"));
    http.post("run/" + NOUN + "/" + id);

    AssetDataConnectorState afterGet = http.getConnector(id).getConnectorState();
    AssetDataConnectorState firstStep = sandbox.advanceRun(id);
    AssetDataConnectorState secondStep = sandbox.advanceRun(id);

    assertThat(afterGet).isEqualTo(AssetDataConnectorState.QUEUED);
    assertThat(firstStep).isEqualTo(AssetDataConnectorState.RUNNING);
    assertThat(secondStep).isEqualTo(AssetDataConnectorState.FINISHED_SUCCESS);
    assertThat(http.getConnector(id).getConnectorState())
        .isEqualTo(AssetDataConnectorState.FINISHED_SUCCESS);
  }

  @Test
  void runOfADisabledConnectorIsRefused() {
    SandboxHttp http = start();
    AzureAssetDataConnector disabled = Fixtures.connector("off");
    disabled.setDisabled(true);
    long id = http.create(disabled);

    SandboxHttp.Answer run = http.post("run/" + NOUN + "/" + id);

    assertThat(run.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(run.response().getResponseErrorDetails().getErrorMessage()).startsWith("disabled:");
    assertThat(http.getConnector(id).getConnectorState())
        .isEqualTo(AssetDataConnectorState.DISABLED);
  }

  @Test
  void errorsSearchAnswersTheSeededRecordsOfTheConnectorsFiltered() {
    SandboxHttp http =
        start(
            QualysSandbox.builder()
                .withConnector(2004, Fixtures.connector("a"))
                .withConnector(2005, Fixtures.connector("b"))
                .seedErrors(2004, error("first", "2024-04-01"), error("second", "2024-04-02"))
                .seedErrors(2005, error("third", "2024-04-03")));
    sandbox.addErrors(2005, error("fourth", "2024-04-04"));

    SandboxHttp.Answer of2004 =
        http.post(
            "search/am/assetdataconnectorerrors",
            Requests.withFilters(criteria("id", CriteriaOperator.EQUALS, "2004")));
    SandboxHttp.Answer all = http.post("search/am/assetdataconnectorerrors", new byte[0], null);

    assertThat(of2004.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(of2004.response().getData().getAssetDataConnectorErrors())
        .extracting(AssetDataConnectorErrors::getErrorMessage, AssetDataConnectorErrors::getCreated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("first", LocalDate.parse("2024-04-01")),
            org.assertj.core.groups.Tuple.tuple("second", LocalDate.parse("2024-04-02")));
    assertThat(all.response().getCount()).isEqualTo(4);
  }

  // ---------------------------------------------------------------------------------------------

  static dev.qpsbind.azure.model.Criteria criteria(
      String field, CriteriaOperator operator, String value) {
    return Requests.criteria(field, operator, value);
  }

  private static List<Long> search(SandboxHttp http, dev.qpsbind.azure.model.Criteria... criteria) {
    SandboxHttp.Answer answer = http.post("search/" + NOUN, Requests.withFilters(criteria));
    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
    return answer.connectors().stream().map(AzureAssetDataConnector::getId).toList();
  }

  private static AssetDataConnectorErrors error(String message, String date) {
    AssetDataConnectorErrors error = new AssetDataConnectorErrors();
    error.setErrorMessage(message);
    error.setCreated(LocalDate.parse(date));
    return error;
  }

  private static void update(
      SandboxHttp http, long id, TagSimpleQList tags, ActivationModuleQList activation) {
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDefaultTags(tags);
    change.setActivation(activation);
    SandboxHttp.Answer answer = http.post("update/" + NOUN + "/" + id, Requests.withData(change));
    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
  }

  private static void appInfos(
      SandboxHttp http, long id, String member, ConnectorAppInfoQList group) {
    ConnectorAppInfoQListItems items = new ConnectorAppInfoQListItems();
    items.getConnectorAppInfoQLists().add(group);
    ConnectorAppInfoList list = new ConnectorAppInfoList();
    if (member.equals("add")) {
      list.setAdd(items);
    } else {
      list.setRemove(items);
    }
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setConnectorAppInfos(list);
    SandboxHttp.Answer answer = http.post("update/" + NOUN + "/" + id, Requests.withData(change));
    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
  }

  private static TagSimpleQList tags(List<Long> set, List<Long> add, List<Long> remove) {
    TagSimpleQList list = new TagSimpleQList();
    list.setSet(tagItems(set));
    list.setAdd(tagItems(add));
    list.setRemove(tagItems(remove));
    return list;
  }

  private static TagSimpleItems tagItems(List<Long> ids) {
    if (ids == null) {
      return null;
    }
    TagSimpleItems items = new TagSimpleItems();
    for (long id : ids) {
      TagSimple tag = new TagSimple();
      tag.setId(id);
      items.getTagSimples().add(tag);
    }
    return items;
  }

  private static ActivationModuleItems items(ActivationModule... modules) {
    ActivationModuleItems items = new ActivationModuleItems();
    items.getActivationModules().addAll(List.of(modules));
    return items;
  }

  private static List<Long> tagIds(AzureAssetDataConnector connector) {
    return connector.getDefaultTags().getList().getTagSimples().stream()
        .map(TagSimple::getId)
        .toList();
  }

  private static List<ActivationModule> modules(AzureAssetDataConnector connector) {
    return connector.getActivation().getList().getActivationModules();
  }

  private static List<String> groupNames(AzureAssetDataConnector connector) {
    return connector.getConnectorAppInfos().getList().getConnectorAppInfoQLists().stream()
        .map(group -> group.getList().getConnectorAppInfos().get(0).getName())
        .toList();
  }
}
