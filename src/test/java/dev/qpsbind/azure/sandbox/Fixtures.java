package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;

/** Connectors for the sandbox tests; every id and secret is invented. */
final class Fixtures {

  static final String APPLICATION_ID = "00000000-0000-4000-8000-000000000001";
  static final String DIRECTORY_ID = "00000000-0000-4000-8000-000000000002";
  static final String SUBSCRIPTION_ID = "00000000-0000-4000-8000-000000000003";
  static final String KEY = "FAKE-SECRET-0002";

  private Fixtures() {}

  /** A complete create body: name, auth record with key, one tag, VM, one AI app info. */
  static AzureAssetDataConnector connector(String name) {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setName(name);
    connector.setDescription("made by a sandbox test");
    connector.setDisabled(false);
    connector.setRunFrequency(240);
    connector.setDefaultTags(Requests.tagsSet(4242));
    connector.setActivation(Requests.activationSet(ActivationModule.VM));
    AzureAuthRecordSimple auth = new AzureAuthRecordSimple();
    auth.setApplicationId(APPLICATION_ID);
    auth.setDirectoryId(DIRECTORY_ID);
    auth.setSubscriptionId(SUBSCRIPTION_ID);
    auth.setAuthenticationKey(KEY);
    connector.setAuthRecord(auth);
    connector.setConnectorAppInfos(
        Requests.appInfosSet(
            Requests.appInfoGroup(Requests.appInfo("AI", SUBSCRIPTION_ID, 4242L))));
    return connector;
  }
}
