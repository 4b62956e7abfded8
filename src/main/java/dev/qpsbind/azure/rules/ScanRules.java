package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Context.CONNECTOR;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ConnectorScanConfiguration;
import dev.qpsbind.azure.model.ConnectorScanRecurrence;
import dev.qpsbind.azure.model.ConnectorScanSetting;
import dev.qpsbind.azure.model.Day;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cloud perimeter scan: switched on, complete when custom, and written as documented. */
final class ScanRules {

  private static final Pattern DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
  private static final DateTimeFormatter DOCUMENTED = DateTimeFormatter.ofPattern("MM/dd/uuuu");
  private static final DateTimeFormatter SPELLED =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  private ScanRules() {}

  static void check(Context context) {
    AzureAssetDataConnector connector = context.connector();
    if (connector == null) {
      return;
    }
    ConnectorScanSetting setting = connector.getConnectorScanSetting();
    QList<ConnectorScanConfiguration> configs = Parts.scanConfigs(connector);
    enabled(context, connector.isCpsEnabled(), setting, configs);

    boolean custom = setting != null && Boolean.TRUE.equals(setting.isCustomScanConfigEnabled());
    List<QList.Item<ConnectorScanConfiguration>> kept =
        configs == null ? List.of() : configs.keptItems();
    if (custom && kept.isEmpty()) {
      context.report(
          Rule.CPS_CUSTOM_CONFIG,
          CONNECTOR + "/connectorScanConfig",
          "isCustomScanConfigEnabled is true but no ConnectorScanConfiguration is sent; add one"
              + " under connectorScanConfig/set with optionProfileId, recurrence, startDate and"
              + " startTime");
    }
    for (QList.Item<ConnectorScanConfiguration> item : kept) {
      if (item.value() != null) {
        if (custom) {
          complete(context, item.value(), item.path());
        }
        days(context, item.value(), item.path());
      }
    }
    if (configs != null) {
      for (QList.Item<ConnectorScanConfiguration> item : configs.requestItems()) {
        if (item.value() != null) {
          formats(context, item.value(), item.path());
        }
      }
    }
  }

  private static void enabled(
      Context context,
      Boolean cpsEnabled,
      ConnectorScanSetting setting,
      QList<ConnectorScanConfiguration> configs) {
    boolean on = Boolean.TRUE.equals(cpsEnabled);
    if (!on && (setting != null || configs != null)) {
      String element = setting != null ? "connectorScanSetting" : "connectorScanConfig";
      context.report(
          Rule.CPS_NOT_ENABLED,
          CONNECTOR + "/" + element,
          (cpsEnabled == null
                  ? "this request does not set isCPSEnabled"
                  : "isCPSEnabled is false in this request")
              + ", and "
              + element
              + " takes effect only when the cloud perimeter scan is on; add"
              + " <isCPSEnabled>true</isCPSEnabled>"
              + (cpsEnabled == null ? " unless the connector already has it on" : ""));
    }
    if (on && setting == null) {
      context.report(
          Rule.CPS_SETTINGS_MISSING,
          CONNECTOR + "/connectorScanSetting",
          "isCPSEnabled is true but connectorScanSetting is missing; send"
              + " <connectorScanSetting><isCustomScanConfigEnabled>false"
              + "</isCustomScanConfigEnabled></connectorScanSetting> for the global scan"
              + " configuration, or true with a connectorScanConfig");
    }
  }

  private static void complete(Context context, ConnectorScanConfiguration config, String path) {
    missing(
        context,
        path,
        "optionProfileId",
        config.getOptionProfileId(),
        "the VM option profile id (List VM Option Profile API)");
    missing(context, path, "recurrence", config.getRecurrence(), "DAILY or WEEKLY");
    missing(context, path, "startDate", config.getStartDate(), "mm/dd/yyyy");
    missing(context, path, "startTime", config.getStartTime(), "HH:MM, 24-hour clock");
  }

  private static void missing(
      Context context, String path, String field, Object value, String expected) {
    if (value == null || value instanceof String text && text.isBlank()) {
      context.report(
          Rule.CPS_CUSTOM_CONFIG,
          path + "/" + field,
          "a custom scan configuration (isCustomScanConfigEnabled true) needs "
              + field
              + " ("
              + expected
              + ")");
    }
  }

  private static void days(Context context, ConnectorScanConfiguration config, String path) {
    QList<Day> days = Parts.days(config, path);
    boolean hasDays =
        days != null && days.keptItems().stream().anyMatch(item -> item.value() != null);
    ConnectorScanRecurrence recurrence = config.getRecurrence();
    if (recurrence == ConnectorScanRecurrence.WEEKLY && !hasDays) {
      context.report(
          Rule.CPS_DAYS_OF_WEEK,
          path + "/daysOfWeek",
          "a WEEKLY scan needs at least one day in daysOfWeek, for example"
              + " <daysOfWeek><set><Day>MON</Day></set></daysOfWeek>");
    } else if (recurrence != ConnectorScanRecurrence.WEEKLY && days != null) {
      context.report(
          Rule.CPS_DAYS_OF_WEEK,
          path + "/daysOfWeek",
          "daysOfWeek applies only to recurrence WEEKLY, and this configuration's recurrence is "
              + (recurrence == null ? "not set" : "'" + recurrence.value() + "'")
              + "; remove daysOfWeek or set recurrence to WEEKLY");
    }
  }

  private static void formats(Context context, ConnectorScanConfiguration config, String path) {
    String date = config.getStartDate();
    if (date != null && parseDocumented(date).isEmpty()) {
      context.report(Rule.CPS_START_DATE, path + "/startDate", dateMessage(date));
    }
    String time = config.getStartTime();
    if (time != null && !TIME.matcher(time).matches()) {
      context.report(
          Rule.CPS_START_TIME,
          path + "/startTime",
          "startTime '"
              + time
              + "' is not a time in the documented HH:MM format on a 24-hour clock; for"
              + " example '15:45' for a quarter to four in the afternoon");
    }
    String zone = config.getTimezone();
    if (zone != null && !ZONES.contains(zone)) {
      Optional<String> near =
          ZONES.stream().filter(known -> known.equalsIgnoreCase(zone.strip())).findFirst();
      context.report(
          Rule.CPS_TIMEZONE,
          path + "/timezone",
          "timezone '"
              + zone
              + "' is not a known time zone id"
              + near.map(known -> "; write '" + known + "'")
                  .orElse("; use a region id such as 'UTC' or 'Africa/Cairo'"));
    }
  }

  /** The date, when the text is a real date written mm/dd/yyyy. */
  static Optional<LocalDate> parseDocumented(String text) {
    Matcher m = DATE.matcher(text);
    return m.matches() ? date(m.group(3), m.group(1), m.group(2)) : Optional.empty();
  }

  private static String dateMessage(String text) {
    String problem =
        "startDate '" + text + "' is not a date in the documented mm/dd/yyyy format (month first)";
    Matcher m = DATE.matcher(text);
    Optional<LocalDate> dayFirst =
        m.matches() ? date(m.group(3), m.group(2), m.group(1)) : Optional.empty();
    return dayFirst
        .map(d -> problem + "; for " + d.format(SPELLED) + " write '" + d.format(DOCUMENTED) + "'")
        .orElse(problem + "; for example '05/31/2022' for 31 May 2022");
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
