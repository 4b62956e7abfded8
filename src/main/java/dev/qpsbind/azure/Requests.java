package dev.qpsbind.azure;

import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.ActivationModuleItems;
import dev.qpsbind.azure.model.ActivationModuleQList;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ConnectorAppInfo;
import dev.qpsbind.azure.model.ConnectorAppInfoItems;
import dev.qpsbind.azure.model.ConnectorAppInfoList;
import dev.qpsbind.azure.model.ConnectorAppInfoQList;
import dev.qpsbind.azure.model.ConnectorAppInfoQListItems;
import dev.qpsbind.azure.model.ConnectorScanConfigQList;
import dev.qpsbind.azure.model.ConnectorScanConfiguration;
import dev.qpsbind.azure.model.ConnectorScanConfigurationItems;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Day;
import dev.qpsbind.azure.model.DayItems;
import dev.qpsbind.azure.model.DaysOfWeekQList;
import dev.qpsbind.azure.model.Filters;
import dev.qpsbind.azure.model.RequestData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.TagSimple;
import dev.qpsbind.azure.model.TagSimpleItems;
import dev.qpsbind.azure.model.TagSimpleQList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Short factories for the nesting the wire format asks for, so that building a request reads like
 * the request: {@code Requests.activationSet(VM)} instead of three objects wired by hand. Every
 * method returns new, mutable generated objects; the class holds no state and is thread-safe.
 */
public final class Requests {

  private Requests() {}

  /** A request whose data is this connector. */
  public static ServiceRequest withData(AzureAssetDataConnector connector) {
    Objects.requireNonNull(connector, "connector == null");
    RequestData data = new RequestData();
    data.setAzureAssetDataConnector(connector);
    ServiceRequest request = new ServiceRequest();
    request.setData(data);
    return request;
  }

  /** A request with filters only (search, delete by filter). */
  public static ServiceRequest withFilters(Criteria... criteria) {
    ServiceRequest request = new ServiceRequest();
    request.setFilters(filters(criteria));
    return request;
  }

  /** Filters holding these criteria. */
  public static Filters filters(Criteria... criteria) {
    Filters filters = new Filters();
    filters.getCriteria().addAll(List.of(criteria));
    return filters;
  }

  /** One criterion: {@code <Criteria field="FIELD" operator="OP">VALUE</Criteria>}. */
  public static Criteria criteria(String field, CriteriaOperator operator, String value) {
    Criteria criteria = new Criteria();
    criteria.setField(Objects.requireNonNull(field, "field == null"));
    criteria.setOperator(Objects.requireNonNull(operator, "operator == null"));
    criteria.setValue(Objects.requireNonNull(value, "value == null"));
    return criteria;
  }

  /** {@code <defaultTags><set><TagSimple><id>..</id></TagSimple>...</set></defaultTags>}. */
  public static TagSimpleQList tagsSet(long... tagIds) {
    TagSimpleItems items = new TagSimpleItems();
    for (long id : tagIds) {
      TagSimple tag = new TagSimple();
      tag.setId(id);
      items.getTagSimples().add(tag);
    }
    TagSimpleQList list = new TagSimpleQList();
    list.setSet(items);
    return list;
  }

  /** {@code <activation><set><ActivationModule>..</ActivationModule>...</set></activation>}. */
  public static ActivationModuleQList activationSet(ActivationModule... modules) {
    ActivationModuleItems items = new ActivationModuleItems();
    items.getActivationModules().addAll(Arrays.asList(modules));
    ActivationModuleQList list = new ActivationModuleQList();
    list.setSet(items);
    return list;
  }

  /** One app info: name (AI, CI or CSA), identifier (the subscription id) and an optional tag. */
  public static ConnectorAppInfo appInfo(String name, String identifier, Long tagId) {
    ConnectorAppInfo info = new ConnectorAppInfo();
    info.setName(name);
    info.setIdentifier(identifier);
    info.setTagId(tagId);
    return info;
  }

  /**
   * An inner app-info list: {@code <ConnectorAppInfoQList><set>...</set></ConnectorAppInfoQList>}.
   */
  public static ConnectorAppInfoQList appInfoGroup(ConnectorAppInfo... infos) {
    ConnectorAppInfoItems items = new ConnectorAppInfoItems();
    items.getConnectorAppInfos().addAll(Arrays.asList(infos));
    ConnectorAppInfoQList group = new ConnectorAppInfoQList();
    group.setSet(items);
    return group;
  }

  /** {@code <connectorAppInfos><set>GROUP...</set></connectorAppInfos>}: a list of lists. */
  public static ConnectorAppInfoList appInfosSet(ConnectorAppInfoQList... groups) {
    ConnectorAppInfoQListItems items = new ConnectorAppInfoQListItems();
    items.getConnectorAppInfoQLists().addAll(Arrays.asList(groups));
    ConnectorAppInfoList list = new ConnectorAppInfoList();
    list.setSet(items);
    return list;
  }

  /** {@code <connectorScanConfig><set>CONFIG...</set></connectorScanConfig>}. */
  public static ConnectorScanConfigQList scanConfigSet(ConnectorScanConfiguration... configs) {
    ConnectorScanConfigurationItems items = new ConnectorScanConfigurationItems();
    items.getConnectorScanConfigurations().addAll(Arrays.asList(configs));
    ConnectorScanConfigQList list = new ConnectorScanConfigQList();
    list.setSet(items);
    return list;
  }

  /** {@code <daysOfWeek><set><Day>..</Day>...</set></daysOfWeek>}. */
  public static DaysOfWeekQList daysSet(Day... days) {
    DayItems items = new DayItems();
    items.getDays().addAll(Arrays.asList(days));
    DaysOfWeekQList list = new DaysOfWeekQList();
    list.setSet(items);
    return list;
  }
}
