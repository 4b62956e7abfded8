package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Context.CONNECTOR;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Azure auth record: complete on create, ids shaped like GUIDs. No message of this family shows
 * the authentication key, nor, when a field is missing, any other value of the record.
 */
final class AuthRules {

  private static final String PATH = CONNECTOR + "/authRecord";

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private AuthRules() {}

  static void check(Context context) {
    AzureAssetDataConnector connector = context.connector();
    if (connector == null) {
      return;
    }
    AzureAuthRecordSimple auth = connector.getAuthRecord();
    if (auth == null) {
      context.report(
          Rule.AUTH_REQUIRED,
          PATH,
          "a create needs authRecord with applicationId, directoryId, subscriptionId and"
              + " authenticationKey (the app registration the connector signs in to Azure with)");
      return;
    }
    required(context, "applicationId", auth.getApplicationId(), "the application (client) id");
    required(context, "directoryId", auth.getDirectoryId(), "the directory (tenant) id");
    required(context, "subscriptionId", auth.getSubscriptionId(), "the Azure subscription id");
    required(
        context,
        "authenticationKey",
        auth.getAuthenticationKey(),
        "the client secret of the app registration");
    guid(context, "applicationId", auth.getApplicationId());
    guid(context, "directoryId", auth.getDirectoryId());
    guid(context, "subscriptionId", auth.getSubscriptionId());
  }

  private static void required(Context context, String field, String value, String meaning) {
    if (Context.isBlank(value)) {
      context.report(
          Rule.AUTH_REQUIRED,
          PATH + "/" + field,
          "authRecord has no " + field + " (" + meaning + "); a create needs it");
    }
  }

  private static void guid(Context context, String field, String value) {
    if (Context.isBlank(value) || GUID.matcher(value.strip()).matches()) {
      return;
    }
    boolean masked = value.toLowerCase(Locale.ROOT).contains("xxxx");
    context.report(
        Rule.AUTH_GUID,
        PATH + "/" + field,
        field
            + " '"
            + value
            + "' does not look like a GUID (8-4-4-4-12 hexadecimal digits, as the Azure portal"
            + " shows it)"
            + (masked
                ? "; it looks like a masked value from the documentation: put in the real id"
                : "; the connector would fail when it signs in to Azure"));
  }
}
