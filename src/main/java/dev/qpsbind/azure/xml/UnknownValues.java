package dev.qpsbind.azure.xml;

import dev.qpsbind.azure.model.ActivationModuleItems;
import dev.qpsbind.azure.model.ActivationModuleQList;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ConnectorScanConfigQList;
import dev.qpsbind.azure.model.ConnectorScanConfiguration;
import dev.qpsbind.azure.model.ConnectorScanConfigurationItems;
import dev.qpsbind.azure.model.DayItems;
import dev.qpsbind.azure.model.DaysOfWeekQList;
import dev.qpsbind.azure.model.ServiceResponse;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Drops the holes an unknown enumeration value leaves in an enum list of an answer ({@code [VM,
 * null]} when Qualys sends a module our schema does not list). The value was already reported as a
 * warning; a null item would only break the caller's loop or a later request built from the answer.
 */
public final class UnknownValues {

  private UnknownValues() {}

  /** Removes null items from every activation and days-of-week list of the answer. */
  public static void dropNullItems(ServiceResponse response) {
    if (response == null || response.getData() == null) {
      return;
    }
    for (AzureAssetDataConnector connector : response.getData().getAzureAssetDataConnectors()) {
      ActivationModuleQList activation = connector.getActivation();
      if (activation != null) {
        Stream.of(
                activation.getList(),
                activation.getSet(),
                activation.getAdd(),
                activation.getRemove(),
                activation.getUpdate())
            .filter(Objects::nonNull)
            .map(ActivationModuleItems::getActivationModules)
            .forEach(items -> items.removeIf(Objects::isNull));
      }
      ConnectorScanConfigQList configs = connector.getConnectorScanConfig();
      if (configs != null) {
        Stream.of(
                configs.getList(),
                configs.getSet(),
                configs.getAdd(),
                configs.getRemove(),
                configs.getUpdate())
            .filter(Objects::nonNull)
            .map(ConnectorScanConfigurationItems::getConnectorScanConfigurations)
            .flatMap(java.util.List::stream)
            .map(ConnectorScanConfiguration::getDaysOfWeek)
            .filter(Objects::nonNull)
            .forEach(UnknownValues::dropNullDays);
      }
    }
  }

  private static void dropNullDays(DaysOfWeekQList days) {
    Stream.of(days.getList(), days.getSet(), days.getAdd(), days.getRemove(), days.getUpdate())
        .filter(Objects::nonNull)
        .map(DayItems::getDays)
        .forEach(items -> items.removeIf(Objects::isNull));
  }
}
