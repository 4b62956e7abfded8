package dev.qpsbind.azure.rules;

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
import dev.qpsbind.azure.model.Day;
import dev.qpsbind.azure.model.DayItems;
import dev.qpsbind.azure.model.DaysOfWeekQList;
import dev.qpsbind.azure.model.TagSimple;
import dev.qpsbind.azure.model.TagSimpleItems;
import dev.qpsbind.azure.model.TagSimpleQList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The collections of a connector as {@link QList} views, with their element paths. Each method
 * returns null when the collection is absent.
 */
final class Parts {

  private Parts() {}

  static QList<TagSimple> defaultTags(AzureAssetDataConnector connector) {
    TagSimpleQList q = connector.getDefaultTags();
    if (q == null) {
      return null;
    }
    return QList.of(
        Context.CONNECTOR + "/defaultTags",
        "TagSimple",
        q.getCount(),
        Arrays.asList(q.getList(), q.getSet(), q.getAdd(), q.getRemove(), q.getUpdate()),
        TagSimpleItems::getTagSimples);
  }

  static QList<ActivationModule> activation(AzureAssetDataConnector connector) {
    ActivationModuleQList q = connector.getActivation();
    if (q == null) {
      return null;
    }
    return QList.of(
        Context.CONNECTOR + "/activation",
        "ActivationModule",
        q.getCount(),
        Arrays.asList(q.getList(), q.getSet(), q.getAdd(), q.getRemove(), q.getUpdate()),
        ActivationModuleItems::getActivationModules);
  }

  /** The outer list of app infos: its items are the inner lists. */
  static QList<ConnectorAppInfoQList> appInfoLists(AzureAssetDataConnector connector) {
    ConnectorAppInfoList q = connector.getConnectorAppInfos();
    if (q == null) {
      return null;
    }
    return QList.of(
        Context.CONNECTOR + "/connectorAppInfos",
        "ConnectorAppInfoQList",
        q.getCount(),
        Arrays.asList(q.getList(), q.getSet(), q.getAdd(), q.getRemove(), q.getUpdate()),
        ConnectorAppInfoQListItems::getConnectorAppInfoQLists);
  }

  /** One inner list of app infos, at the path of its element. */
  static QList<ConnectorAppInfo> appInfos(ConnectorAppInfoQList q, String path) {
    if (q == null) {
      return null;
    }
    return QList.of(
        path,
        "ConnectorAppInfo",
        q.getCount(),
        Arrays.asList(q.getList(), q.getSet(), q.getAdd(), q.getRemove(), q.getUpdate()),
        ConnectorAppInfoItems::getConnectorAppInfos);
  }

  /** The app infos a request sends: request items of the request items of the outer list. */
  static List<QList.Item<ConnectorAppInfo>> sentAppInfos(AzureAssetDataConnector connector) {
    List<QList.Item<ConnectorAppInfo>> out = new ArrayList<>();
    QList<ConnectorAppInfoQList> outer = appInfoLists(connector);
    if (outer == null) {
      return out;
    }
    for (QList.Item<ConnectorAppInfoQList> list : outer.requestItems()) {
      QList<ConnectorAppInfo> inner = appInfos(list.value(), list.path());
      if (inner != null) {
        out.addAll(inner.requestItems());
      }
    }
    return out;
  }

  static QList<ConnectorScanConfiguration> scanConfigs(AzureAssetDataConnector connector) {
    ConnectorScanConfigQList q = connector.getConnectorScanConfig();
    if (q == null) {
      return null;
    }
    return QList.of(
        Context.CONNECTOR + "/connectorScanConfig",
        "ConnectorScanConfiguration",
        q.getCount(),
        Arrays.asList(q.getList(), q.getSet(), q.getAdd(), q.getRemove(), q.getUpdate()),
        ConnectorScanConfigurationItems::getConnectorScanConfigurations);
  }

  /** The days of one scan configuration, whose element is at the path given. */
  static QList<Day> days(ConnectorScanConfiguration config, String configPath) {
    DaysOfWeekQList q = config.getDaysOfWeek();
    if (q == null) {
      return null;
    }
    return QList.of(
        configPath + "/daysOfWeek",
        "Day",
        q.getCount(),
        Arrays.asList(q.getList(), q.getSet(), q.getAdd(), q.getRemove(), q.getUpdate()),
        DayItems::getDays);
  }

  /** Every collection of the connector, nested ones included, outer before inner. */
  static List<QList<?>> all(AzureAssetDataConnector connector) {
    List<QList<?>> out = new ArrayList<>();
    addIfPresent(out, defaultTags(connector));
    addIfPresent(out, activation(connector));
    QList<ConnectorAppInfoQList> outer = appInfoLists(connector);
    if (outer != null) {
      out.add(outer);
      for (QList.Item<ConnectorAppInfoQList> list : outer.allItems()) {
        addIfPresent(out, appInfos(list.value(), list.path()));
      }
    }
    QList<ConnectorScanConfiguration> configs = scanConfigs(connector);
    if (configs != null) {
      out.add(configs);
      for (QList.Item<ConnectorScanConfiguration> config : configs.allItems()) {
        if (config.value() != null) {
          addIfPresent(out, days(config.value(), config.path()));
        }
      }
    }
    return out;
  }

  private static void addIfPresent(List<QList<?>> out, QList<?> q) {
    if (q != null) {
      out.add(q);
    }
  }
}
