package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Context.CONNECTOR;

import dev.qpsbind.azure.model.AzureAssetDataConnector;

/** How often the connector synchronises, in minutes. */
final class RunFrequencyRules {

  /** The smallest run frequency known to be accepted (an integrator note), in minutes. */
  static final int MIN_MINUTES = 60;

  /** The largest run frequency Qualys' script offers: one day, in minutes. */
  static final int MAX_MINUTES = 1440;

  private RunFrequencyRules() {}

  static void check(Context context) {
    AzureAssetDataConnector connector = context.connector();
    Integer minutes = connector == null ? null : connector.getRunFrequency();
    if (minutes == null) {
      return;
    }
    String path = CONNECTOR + "/runFrequency";
    if (minutes <= 0) {
      context.report(
          Rule.RUN_FREQUENCY_POSITIVE,
          path,
          "runFrequency '"
              + minutes
              + "' is not a positive number of minutes; give the minutes between two"
              + " synchronisations, for example 240 (four hours)");
    } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      context.report(
          Rule.RUN_FREQUENCY_RANGE,
          path,
          "runFrequency '"
              + minutes
              + "' minutes is outside 60..1440 (one hour to one day): the API documents no"
              + " range, but Qualys' own script offers only values in it and an integrator note"
              + " gives 60 as the minimum, so the server may refuse or adjust it");
    }
  }
}
