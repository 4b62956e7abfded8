package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Context.CONNECTOR;
import static dev.qpsbind.azure.rules.Context.REQUEST;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.model.ConnectorAppInfo;
import dev.qpsbind.azure.model.ConnectorAppInfoQList;
import dev.qpsbind.azure.model.ConnectorScanConfiguration;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.Filters;
import dev.qpsbind.azure.model.TagMetadata;
import dev.qpsbind.azure.model.TagSimple;
import java.util.List;

/** Text values: characters XML 1.0 can carry, and a sensible connector name. */
final class TextRules {

  /** The longest connector name, in characters (code points). */
  static final int MAX_NAME_LENGTH = 255;

  private TextRules() {}

  static void check(Context context) {
    Filters filters = context.request().getFilters();
    if (filters != null) {
      List<Criteria> criteria = filters.getCriteria();
      for (int i = 0; i < criteria.size(); i++) {
        Criteria one = criteria.get(i);
        if (one != null) {
          String path = REQUEST + "/filters/" + Context.segment("Criteria", i);
          xmlChars(context, path, "the field of this Criteria", one.getField(), false);
          xmlChars(context, path, "the value of this Criteria", one.getValue(), false);
        }
      }
    }
    AzureAssetDataConnector connector = context.connector();
    if (connector == null) {
      return;
    }
    name(context, connector.getName());
    text(context, CONNECTOR, "name", connector.getName());
    text(context, CONNECTOR, "description", connector.getDescription());
    text(context, CONNECTOR, "awsAccountId", connector.getAwsAccountId());
    text(context, CONNECTOR, "lastError", connector.getLastError());
    text(context, CONNECTOR, "cloudviewUuid", connector.getCloudviewUuid());
    text(context, CONNECTOR, "subscriptionName", connector.getSubscriptionName());
    AzureAuthRecordSimple auth = connector.getAuthRecord();
    if (auth != null) {
      String path = CONNECTOR + "/authRecord";
      text(context, path, "applicationId", auth.getApplicationId());
      text(context, path, "directoryId", auth.getDirectoryId());
      text(context, path, "subscriptionId", auth.getSubscriptionId());
      xmlChars(
          context,
          path + "/authenticationKey",
          "authenticationKey",
          auth.getAuthenticationKey(),
          true);
    }
    QList<TagSimple> tags = Parts.defaultTags(connector);
    if (tags != null) {
      for (QList.Item<TagSimple> tag : tags.allItems()) {
        if (tag.value() != null) {
          text(context, tag.path(), "name", tag.value().getName());
        }
      }
    }
    appInfos(context, connector);
    QList<ConnectorScanConfiguration> configs = Parts.scanConfigs(connector);
    if (configs != null) {
      for (QList.Item<ConnectorScanConfiguration> item : configs.allItems()) {
        ConnectorScanConfiguration config = item.value();
        if (config != null) {
          text(context, item.path(), "scanPrefix", config.getScanPrefix());
          text(context, item.path(), "startDate", config.getStartDate());
          text(context, item.path(), "startTime", config.getStartTime());
          text(context, item.path(), "timezone", config.getTimezone());
        }
      }
    }
  }

  private static void appInfos(Context context, AzureAssetDataConnector connector) {
    QList<ConnectorAppInfoQList> outer = Parts.appInfoLists(connector);
    if (outer == null) {
      return;
    }
    for (QList.Item<ConnectorAppInfoQList> list : outer.allItems()) {
      QList<ConnectorAppInfo> inner = Parts.appInfos(list.value(), list.path());
      if (inner == null) {
        continue;
      }
      for (QList.Item<ConnectorAppInfo> item : inner.allItems()) {
        ConnectorAppInfo info = item.value();
        if (info == null) {
          continue;
        }
        text(context, item.path(), "name", info.getName());
        text(context, item.path(), "identifier", info.getIdentifier());
        TagMetadata tag = info.getTagMetadata();
        if (tag != null) {
          String path = item.path() + "/tagMetadata";
          text(context, path, "name", tag.getName());
          text(context, path, "icon", tag.getIcon());
          text(context, path, "color", tag.getColor());
          text(context, path, "foregroundColor", tag.getForegroundColor());
          text(context, path, "backgroundColor", tag.getBackgroundColor());
        }
      }
    }
  }

  private static void name(Context context, String name) {
    if (name == null) {
      return;
    }
    String path = CONNECTOR + "/name";
    if (name.isBlank()) {
      context.report(
          Rule.NAME_BLANK,
          path,
          "the connector name is blank; give a name"
              + (context.operation() == Operation.CREATE
                  ? ""
                  : ", or leave name out to keep the current one"));
      return;
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_NAME_LENGTH) {
      context.report(
          Rule.NAME_LENGTH,
          path,
          "the connector name has "
              + length
              + " characters; at most "
              + MAX_NAME_LENGTH
              + " are allowed: shorten it");
    }
  }

  private static void text(Context context, String parent, String element, String value) {
    xmlChars(context, parent + "/" + element, element, value, false);
  }

  /** Reports the first character of the value that XML 1.0 cannot carry. */
  private static void xmlChars(
      Context context, String path, String what, String value, boolean secret) {
    if (value == null) {
      return;
    }
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      position++;
      if (!isXmlChar(c)) {
        context.report(
            Rule.TEXT_XML_CHARS,
            path,
            secret
                ? what
                    + " holds a character XML 1.0 cannot carry (the value is not shown); check"
                    + " it for stray control characters"
                : what
                    + " holds "
                    + String.format("U+%04X", c)
                    + " at character "
                    + position
                    + ", which XML 1.0 cannot carry; remove it");
        return;
      }
      i += Character.charCount(c);
    }
  }

  /** The Char production of XML 1.0; a lone surrogate arrives here as itself and fails. */
  static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
