package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.ActivationModuleItems;
import dev.qpsbind.azure.model.ActivationModuleQList;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a create or update request changes a stored connector, and the stored form of collections.
 *
 * <p>Stored connectors hold every collection in answer form: a {@code list} with its {@code count}.
 * A request changes a collection through its members, applied in this order: {@code set} replaces
 * the whole collection (an empty {@code set} clears it), {@code add} appends each item or replaces
 * the item with the same key, {@code remove} drops the items with the keys given (unknown keys are
 * ignored), {@code update} replaces items with the same key (unknown keys are ignored). A {@code
 * list} sent in a request is read as a {@code set}. Keys: a tag's {@code id}; an activation module
 * or day its value; an inner app-info list the names of the app infos it holds (one inner list per
 * application: AI, CI, CSA); a scan configuration its {@code optionProfileId} (or {@code
 * scanPrefix} when it has none). Duplicates by key are dropped, so a tag is never listed twice.
 *
 * <p>Stateless; works on objects the caller owns.
 */
final class Patches {

  private Patches() {}

  /** The members of a collection change; null where the member is absent. */
  private record Ops<T>(List<T> list, List<T> set, List<T> add, List<T> remove, List<T> update) {}

  /** Puts every collection of a connector into stored form (list and count). */
  static void normalise(AzureAssetDataConnector connector) {
    if (connector.getDefaultTags() != null) {
      connector.setDefaultTags(tags(null, connector.getDefaultTags()));
    }
    if (connector.getActivation() != null) {
      connector.setActivation(activation(null, connector.getActivation()));
    }
    if (connector.getConnectorAppInfos() != null) {
      connector.setConnectorAppInfos(appInfos(null, connector.getConnectorAppInfos()));
    }
    if (connector.getConnectorScanConfig() != null) {
      connector.setConnectorScanConfig(scanConfigs(null, connector.getConnectorScanConfig()));
    }
  }

  /**
   * Applies the writable fields of a request's connector to a stored connector (a private copy).
   * Server-set fields are not copied: the request rules refuse them before this point.
   */
  static void apply(AzureAssetDataConnector target, AzureAssetDataConnector change) {
    setIfPresent(change::getName, target::setName);
    setIfPresent(change::getDescription, target::setDescription);
    setIfPresent(change::isDisabled, target::setDisabled);
    setIfPresent(change::isGovCloudConfigured, target::setGovCloudConfigured);
    setIfPresent(change::getRunFrequency, target::setRunFrequency);
    setIfPresent(change::isRemediationEnabled, target::setRemediationEnabled);
    setIfPresent(change::isCpsEnabled, target::setCpsEnabled);
    setIfPresent(change::getConnectorScanSetting, target::setConnectorScanSetting);
    if (change.getAuthRecord() != null) {
      target.setAuthRecord(authRecord(target.getAuthRecord(), change.getAuthRecord()));
    }
    if (change.getDefaultTags() != null) {
      target.setDefaultTags(tags(target.getDefaultTags(), change.getDefaultTags()));
    }
    if (change.getActivation() != null) {
      target.setActivation(activation(target.getActivation(), change.getActivation()));
    }
    if (change.getConnectorAppInfos() != null) {
      target.setConnectorAppInfos(
          appInfos(target.getConnectorAppInfos(), change.getConnectorAppInfos()));
    }
    if (change.getConnectorScanConfig() != null) {
      target.setConnectorScanConfig(
          scanConfigs(target.getConnectorScanConfig(), change.getConnectorScanConfig()));
    }
  }

  private static <T> void setIfPresent(Supplier<T> from, java.util.function.Consumer<T> to) {
    T value = from.get();
    if (value != null) {
      to.accept(value);
    }
  }

  /** Each field given replaces the stored one; the key is kept only as a digest. */
  private static AzureAuthRecordSimple authRecord(
      AzureAuthRecordSimple current, AzureAuthRecordSimple change) {
    AzureAuthRecordSimple result = current == null ? new AzureAuthRecordSimple() : current;
    setIfPresent(change::getApplicationId, result::setApplicationId);
    setIfPresent(change::getDirectoryId, result::setDirectoryId);
    setIfPresent(change::getSubscriptionId, result::setSubscriptionId);
    setIfPresent(change::getId, result::setId);
    if (change.getAuthenticationKey() != null) {
      result.setAuthenticationKey(KeyDigest.digested(change.getAuthenticationKey()));
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // One method per collection type: read the members, merge, write list and count.

  static TagSimpleQList tags(TagSimpleQList current, TagSimpleQList change) {
    Function<TagSimpleItems, List<TagSimple>> items = TagSimpleItems::getTagSimples;
    Ops<TagSimple> ops =
        new Ops<>(
            items(change.getList(), items),
            items(change.getSet(), items),
            items(change.getAdd(), items),
            items(change.getRemove(), items),
            items(change.getUpdate(), items));
    List<TagSimple> now = current == null ? List.of() : items(current.getList(), items);
    List<TagSimple> merged =
        merge(now, ops, tag -> tag.getId() != null ? tag.getId() : "name:" + tag.getName());
    TagSimpleItems list = new TagSimpleItems();
    list.getTagSimples().addAll(merged);
    TagSimpleQList result = new TagSimpleQList();
    result.setList(list);
    result.setCount(merged.size());
    return result;
  }

  static ActivationModuleQList activation(
      ActivationModuleQList current, ActivationModuleQList change) {
    Function<ActivationModuleItems, List<ActivationModule>> items =
        ActivationModuleItems::getActivationModules;
    Ops<ActivationModule> ops =
        new Ops<>(
            items(change.getList(), items),
            items(change.getSet(), items),
            items(change.getAdd(), items),
            items(change.getRemove(), items),
            items(change.getUpdate(), items));
    List<ActivationModule> now = current == null ? List.of() : items(current.getList(), items);
    List<ActivationModule> merged = merge(now, ops, Function.identity());
    ActivationModuleItems list = new ActivationModuleItems();
    list.getActivationModules().addAll(merged);
    ActivationModuleQList result = new ActivationModuleQList();
    result.setList(list);
    result.setCount(merged.size());
    return result;
  }

  static ConnectorAppInfoList appInfos(ConnectorAppInfoList current, ConnectorAppInfoList change) {
    Function<ConnectorAppInfoQListItems, List<ConnectorAppInfoQList>> items =
        groups -> groups.getConnectorAppInfoQLists().stream().map(Patches::group).toList();
    Ops<ConnectorAppInfoQList> ops =
        new Ops<>(
            items(change.getList(), items),
            items(change.getSet(), items),
            items(change.getAdd(), items),
            items(change.getRemove(), items),
            items(change.getUpdate(), items));
    List<ConnectorAppInfoQList> now =
        current == null
            ? List.of()
            : items(current.getList(), ConnectorAppInfoQListItems::getConnectorAppInfoQLists);
    List<ConnectorAppInfoQList> merged = merge(now, ops, Patches::groupKey);
    ConnectorAppInfoQListItems list = new ConnectorAppInfoQListItems();
    list.getConnectorAppInfoQLists().addAll(merged);
    ConnectorAppInfoList result = new ConnectorAppInfoList();
    result.setList(list);
    result.setCount(merged.size());
    return result;
  }

  /** An inner app-info list in stored form: its own members merged into a list. */
  private static ConnectorAppInfoQList group(ConnectorAppInfoQList group) {
    Function<ConnectorAppInfoItems, List<ConnectorAppInfo>> items =
        ConnectorAppInfoItems::getConnectorAppInfos;
    Ops<ConnectorAppInfo> ops =
        new Ops<>(
            items(group.getList(), items),
            items(group.getSet(), items),
            items(group.getAdd(), items),
            items(group.getRemove(), items),
            items(group.getUpdate(), items));
    List<ConnectorAppInfo> merged =
        merge(
            List.of(),
            ops,
            info -> Arrays.asList(info.getName(), info.getIdentifier(), info.getTagId()));
    ConnectorAppInfoItems list = new ConnectorAppInfoItems();
    list.getConnectorAppInfos().addAll(merged);
    ConnectorAppInfoQList result = new ConnectorAppInfoQList();
    result.setList(list);
    result.setCount(merged.size());
    return result;
  }

  private static Object groupKey(ConnectorAppInfoQList group) {
    Set<String> names = new TreeSet<>();
    if (group.getList() != null) {
      for (ConnectorAppInfo info : group.getList().getConnectorAppInfos()) {
        if (info.getName() != null) {
          names.add(info.getName());
        }
      }
    }
    // A group naming no application has no key: it never replaces or removes another.
    return names.isEmpty() ? new Object() : names;
  }

  static ConnectorScanConfigQList scanConfigs(
      ConnectorScanConfigQList current, ConnectorScanConfigQList change) {
    Function<ConnectorScanConfigurationItems, List<ConnectorScanConfiguration>> items =
        configs -> configs.getConnectorScanConfigurations().stream().map(Patches::config).toList();
    Ops<ConnectorScanConfiguration> ops =
        new Ops<>(
            items(change.getList(), items),
            items(change.getSet(), items),
            items(change.getAdd(), items),
            items(change.getRemove(), items),
            items(change.getUpdate(), items));
    List<ConnectorScanConfiguration> now =
        current == null
            ? List.of()
            : items(
                current.getList(), ConnectorScanConfigurationItems::getConnectorScanConfigurations);
    List<ConnectorScanConfiguration> merged =
        merge(
            now,
            ops,
            config ->
                config.getOptionProfileId() != null
                    ? config.getOptionProfileId()
                    : config.getScanPrefix() != null
                        ? "prefix:" + config.getScanPrefix()
                        : new Object());
    ConnectorScanConfigurationItems list = new ConnectorScanConfigurationItems();
    list.getConnectorScanConfigurations().addAll(merged);
    ConnectorScanConfigQList result = new ConnectorScanConfigQList();
    result.setList(list);
    result.setCount(merged.size());
    return result;
  }

  /** A scan configuration in stored form: its days of the week as a list. */
  private static ConnectorScanConfiguration config(ConnectorScanConfiguration config) {
    DaysOfWeekQList days = config.getDaysOfWeek();
    if (days != null) {
      Function<DayItems, List<Day>> items = DayItems::getDays;
      Ops<Day> ops =
          new Ops<>(
              items(days.getList(), items),
              items(days.getSet(), items),
              items(days.getAdd(), items),
              items(days.getRemove(), items),
              items(days.getUpdate(), items));
      List<Day> merged = merge(List.of(), ops, Function.identity());
      DayItems list = new DayItems();
      list.getDays().addAll(merged);
      DaysOfWeekQList stored = new DaysOfWeekQList();
      stored.setList(list);
      stored.setCount(merged.size());
      config.setDaysOfWeek(stored);
    }
    return config;
  }

  // ---------------------------------------------------------------------------------------------

  private static <W, T> List<T> items(W wrapper, Function<W, List<T>> getter) {
    return wrapper == null ? null : new ArrayList<>(getter.apply(wrapper));
  }

  private static <T> List<T> merge(List<T> current, Ops<T> ops, Function<? super T, ?> key) {
    List<T> replacement = ops.set() != null ? ops.set() : ops.list();
    List<T> result = new ArrayList<>();
    for (T item : replacement != null ? replacement : current) {
      if (indexOf(result, key.apply(item), key) < 0) {
        result.add(item);
      }
    }
    if (ops.add() != null) {
      for (T item : ops.add()) {
        int at = indexOf(result, key.apply(item), key);
        if (at < 0) {
          result.add(item);
        } else {
          result.set(at, item);
        }
      }
    }
    if (ops.remove() != null) {
      List<Object> gone = ops.remove().stream().map(item -> (Object) key.apply(item)).toList();
      result.removeIf(item -> gone.contains(key.apply(item)));
    }
    if (ops.update() != null) {
      for (T item : ops.update()) {
        int at = indexOf(result, key.apply(item), key);
        if (at >= 0) {
          result.set(at, item);
        }
      }
    }
    return result;
  }

  private static <T> int indexOf(List<T> items, Object wanted, Function<? super T, ?> key) {
    for (int i = 0; i < items.size(); i++) {
      if (Objects.equals(key.apply(items.get(i)), wanted)) {
        return i;
      }
    }
    return -1;
  }
}
