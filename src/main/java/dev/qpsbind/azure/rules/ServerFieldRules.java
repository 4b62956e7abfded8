package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Context.CONNECTOR;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ids and the fields only the server sets. */
final class ServerFieldRules {

  private ServerFieldRules() {}

  static void check(Context context) {
    AzureAssetDataConnector connector = context.connector();
    if (connector == null) {
      return;
    }
    Long bodyId = connector.getId();
    if (bodyId != null) {
      Long pathId = context.pathId();
      if (pathId != null && !bodyId.equals(pathId)) {
        context.report(
            Rule.UPDATE_ID_MISMATCH,
            CONNECTOR + "/id",
            "the id '"
                + bodyId
                + "' in the body differs from the id '"
                + pathId
                + "' in the path, which picks the connector to update; remove <id> from the"
                + " body or make it "
                + pathId);
      }
      context.report(
          Rule.SERVER_FIELD_ID,
          CONNECTOR + "/id",
          context.operation() == Operation.CREATE
              ? "id '"
                  + bodyId
                  + "' is assigned by the server and cannot be sent in a create;"
                  + " remove it"
              : "id '"
                  + bodyId
                  + "' in the connector of an update by filter does not pick a connector (the"
                  + " filters do); remove it, or filter on field 'id'");
    }
    for (Map.Entry<String, Object> field : readOnly(connector).entrySet()) {
      if (field.getValue() != null) {
        context.report(
            Rule.SERVER_FIELD_READ_ONLY,
            CONNECTOR + "/" + field.getKey(),
            "'"
                + field.getKey()
                + "' is set by the server and cannot be sent in "
                + context.verbPhrase()
                + "; remove it (a connector read with get carries it: send only the fields to"
                + " change)");
      }
    }
  }

  /** The server-assigned fields by element name, in schema order. */
  private static Map<String, Object> readOnly(AzureAssetDataConnector connector) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("awsAccountId", connector.getAwsAccountId());
    fields.put("lastSync", connector.getLastSync());
    fields.put("lastError", connector.getLastError());
    fields.put("connectorState", connector.getConnectorState());
    fields.put("type", connector.getType());
    fields.put("isChinaConfigured", connector.isChinaConfigured());
    fields.put("isDeleted", connector.isDeleted());
    fields.put("nextSync", connector.getNextSync());
    fields.put("cloudviewUuid", connector.getCloudviewUuid());
    fields.put("isAttachedToOrgConnector", connector.isAttachedToOrgConnector());
    fields.put("subscriptionName", connector.getSubscriptionName());
    return fields;
  }
}
