package dev.qpsbind.azure.rules;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.model.ConnectorAppInfo;
import java.util.List;
import java.util.Locale;

/** The app infos of a connector: known app names, and the subscription they read. */
final class AppInfoRules {

  /** The apps a connector may feed: Asset Inventory, Cloud Inventory, Cloud Security Assessment. */
  static final List<String> APP_NAMES = List.of("AI", "CI", "CSA");

  private AppInfoRules() {}

  static void check(Context context) {
    AzureAssetDataConnector connector = context.connector();
    if (connector == null) {
      return;
    }
    AzureAuthRecordSimple auth = connector.getAuthRecord();
    String subscription = auth == null ? null : auth.getSubscriptionId();
    for (QList.Item<ConnectorAppInfo> item : Parts.sentAppInfos(connector)) {
      ConnectorAppInfo info = item.value();
      if (info == null) {
        continue;
      }
      String name = info.getName();
      if (name == null || !APP_NAMES.contains(name)) {
        context.report(Rule.APP_INFO_NAME, item.path() + "/name", nameMessage(name));
      }
      String app = name == null ? "" : " of app '" + name + "'";
      String identifier = info.getIdentifier();
      if (Context.isBlank(identifier)) {
        context.report(
            Rule.APP_INFO_IDENTIFIER,
            item.path() + "/identifier",
            "ConnectorAppInfo"
                + (name == null ? "" : " '" + name + "'")
                + " has no identifier; set it to the Azure subscription id (the authRecord's"
                + " subscriptionId)");
      } else if (!Context.isBlank(subscription)
          && !identifier.strip().equalsIgnoreCase(subscription.strip())) {
        context.report(
            Rule.APP_INFO_SUBSCRIPTION,
            item.path() + "/identifier",
            "identifier '"
                + identifier
                + "'"
                + app
                + " differs from the authRecord's subscriptionId '"
                + subscription
                + "'; for a subscription connector both name the same subscription");
      }
    }
  }

  private static String nameMessage(String name) {
    String choices =
        "use AI (Asset Inventory), CI (Cloud Inventory) or CSA (Cloud Security" + " Assessment)";
    if (name == null) {
      return "ConnectorAppInfo has no name; " + choices;
    }
    String fixed = name.strip().toUpperCase(Locale.ROOT);
    if (APP_NAMES.contains(fixed)) {
      return "app name '" + name + "' is written '" + fixed + "' by the API; write it so";
    }
    return "app name '" + name + "' is not one the API knows; " + choices;
  }
}
