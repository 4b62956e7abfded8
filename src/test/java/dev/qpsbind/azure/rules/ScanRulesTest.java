package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.connector;
import static dev.qpsbind.azure.rules.RulesHarness.issuesOf;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * cps.not-enabled, cps.settings-missing, cps.custom-config, cps.days-of-week, cps.start-date,
 * cps.start-time, cps.timezone.
 */
class ScanRulesTest {

  private static final String CONNECTOR = "/ServiceRequest/data/AzureAssetDataConnector";
  private static final String CONFIG =
      CONNECTOR + "/connectorScanConfig/set/ConnectorScanConfiguration";
  private static final String DAYS = "<daysOfWeek><set><Day>SUN</Day></set></daysOfWeek>";

  /**
   * A custom weekly scan, one value a line: the configuration element on line 7, then
   * optionProfileId (8), recurrence (9), daysOfWeek (10), startDate (11), startTime (12), timezone
   * (13). A null value leaves its line out.
   */
  private static String scan(
      String profile, String recurrence, String days, String date, String time, String zone) {
    return connector(
        "<isCPSEnabled>true</isCPSEnabled>\n"
            + "<connectorScanSetting><isCustomScanConfigEnabled>true"
            + "</isCustomScanConfigEnabled></connectorScanSetting>\n"
            + "<connectorScanConfig><set>\n"
            + "<ConnectorScanConfiguration>\n"
            + line("optionProfileId", profile)
            + line("recurrence", recurrence)
            + (days == null ? "" : days + "\n")
            + line("startDate", date)
            + line("startTime", time)
            + line("timezone", zone)
            + "</ConnectorScanConfiguration>\n"
            + "</set></connectorScanConfig>");
  }

  private static String weekly(String date, String time, String zone) {
    return scan("2", "WEEKLY", DAYS, date, time, zone);
  }

  private static String line(String element, String value) {
    return value == null ? "" : "<" + element + ">" + value + "</" + element + ">\n";
  }

  @Test
  void completeWeeklyScanPasses() {
    String xml = weekly("05/31/2022", "15:45", "Africa/Cairo");

    assertThat(validate(xml, Operation.UPDATE, 12345L).issues()).isEmpty();
  }

  @Test
  void documentedDayFirstDateIsRefusedWithTheFormat() {
    ValidationReport report =
        validate(weekly("31/05/2022", "15:45", "Africa/Cairo"), Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_START_DATE);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONFIG + "/startDate");
    assertThat(issue.line()).isEqualTo(11);
    assertThat(issue.column()).isEqualTo(12);
    assertThat(issue.message())
        .contains("'31/05/2022'", "mm/dd/yyyy", "31 May 2022", "'05/31/2022'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"02/30/2022", "5/31/2022", "2022-05-31", "13/13/2022", "05/31/22"})
  void startDateThatIsNotARealMonthFirstDateIsRefused(String date) {
    ValidationReport report = validate(weekly(date, "15:45", "UTC"), Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_START_DATE);
    assertThat(issue.line()).isEqualTo(11);
    assertThat(issue.message()).contains("'" + date + "'", "mm/dd/yyyy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"02/29/2024", "12/31/2022", "01/02/2023"})
  void realMonthFirstDatePasses(String date) {
    ValidationReport report = validate(weekly(date, "15:45", "UTC"), Operation.UPDATE, 1L);

    assertThat(issuesOf(report, Rule.CPS_START_DATE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "3:45", "15:45:00", "3:45 PM", "15.45", "12:60"})
  void startTimeOtherThanHoursAndMinutesIsRefused(String time) {
    ValidationReport report = validate(weekly("05/31/2022", time, "UTC"), Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_START_TIME);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONFIG + "/startTime");
    assertThat(issue.line()).isEqualTo(12);
    assertThat(issue.column()).isEqualTo(12);
    assertThat(issue.message()).contains("'" + time + "'", "HH:MM", "24-hour");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00:00", "09:05", "23:59"})
  void startTimeOnA24HourClockPasses(String time) {
    ValidationReport report = validate(weekly("05/31/2022", time, "UTC"), Operation.UPDATE, 1L);

    assertThat(issuesOf(report, Rule.CPS_START_TIME)).isEmpty();
  }

  @Test
  void unknownTimezoneIsRefused() {
    ValidationReport report =
        validate(weekly("05/31/2022", "15:45", "Cairo"), Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_TIMEZONE);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONFIG + "/timezone");
    assertThat(issue.line()).isEqualTo(13);
    assertThat(issue.column()).isEqualTo(11);
    assertThat(issue.message()).contains("'Cairo'", "'Africa/Cairo'");
  }

  @Test
  void timezoneInTheWrongCaseIsRefusedWithTheKnownSpelling() {
    ValidationReport report =
        validate(weekly("05/31/2022", "15:45", "africa/cairo"), Operation.UPDATE, 12345L);

    assertThat(onlyIssueOf(report, Rule.CPS_TIMEZONE).message()).contains("write 'Africa/Cairo'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Africa/Cairo", "America/New_York", "Asia/Kolkata"})
  void knownTimezonePasses(String zone) {
    ValidationReport report = validate(weekly("05/31/2022", "15:45", zone), Operation.UPDATE, 1L);

    assertThat(issuesOf(report, Rule.CPS_TIMEZONE)).isEmpty();
  }

  @Test
  void daysOfWeekWithDailyRecurrenceIsRefused() {
    String xml = scan("2", "DAILY", DAYS, "05/31/2022", "15:45", "UTC");

    ValidationReport report = validate(xml, Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_DAYS_OF_WEEK);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONFIG + "/daysOfWeek");
    assertThat(issue.line()).isEqualTo(10);
    assertThat(issue.column()).isEqualTo(13);
    assertThat(issue.message()).contains("only to recurrence WEEKLY", "'DAILY'");
  }

  @Test
  void weeklyRecurrenceWithoutDaysIsRefused() {
    String xml = scan("2", "WEEKLY", null, "05/31/2022", "15:45", "UTC");

    ValidationReport report = validate(xml, Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_DAYS_OF_WEEK);
    assertThat(issue.path()).isEqualTo(CONFIG + "/daysOfWeek");
    assertThat(issue.line()).isEqualTo(7);
    assertThat(issue.column()).isEqualTo(29);
    assertThat(issue.message()).contains("WEEKLY scan needs at least one day");
  }

  @Test
  void dailyRecurrenceWithoutDaysPasses() {
    String xml = scan("2", "DAILY", null, "05/31/2022", "15:45", "UTC");

    assertThat(validate(xml, Operation.UPDATE, 12345L).issues()).isEmpty();
  }

  @Test
  void customConfigurationWithoutOptionProfileIsRefused() {
    String xml = scan(null, "DAILY", null, "05/31/2022", "15:45", "UTC");

    ValidationReport report = validate(xml, Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_CUSTOM_CONFIG);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONFIG + "/optionProfileId");
    assertThat(issue.line()).isEqualTo(7);
    assertThat(issue.column()).isEqualTo(29);
    assertThat(issue.message()).contains("needs optionProfileId");
  }

  @Test
  void customConfigurationNamesEachMissingValue() {
    String xml = scan("2", null, null, null, null, "UTC");

    ValidationReport report = validate(xml, Operation.UPDATE, 12345L);

    assertThat(issuesOf(report, Rule.CPS_CUSTOM_CONFIG))
        .extracting(ValidationIssue::path)
        .containsExactly(CONFIG + "/recurrence", CONFIG + "/startDate", CONFIG + "/startTime");
  }

  @Test
  void customScanWithoutAnyConfigurationIsRefused() {
    String xml =
        connector(
            "<isCPSEnabled>true</isCPSEnabled>\n"
                + "<connectorScanSetting><isCustomScanConfigEnabled>true"
                + "</isCustomScanConfigEnabled></connectorScanSetting>");

    ValidationReport report = validate(xml, Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_CUSTOM_CONFIG);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/connectorScanConfig");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(26);
  }

  @Test
  void globalScanConfigurationNeedsNoCustomValues() {
    String xml =
        connector(
            "<isCPSEnabled>true</isCPSEnabled>\n"
                + "<connectorScanSetting><isCustomScanConfigEnabled>false"
                + "</isCustomScanConfigEnabled></connectorScanSetting>");

    assertThat(validate(xml, Operation.CREATE, null).issues())
        .extracting(ValidationIssue::rule)
        .doesNotContain("cps.custom-config", "cps.settings-missing", "cps.not-enabled");
  }

  @Test
  void scanSettingsWithoutCpsEnabledWarn() {
    String xml =
        connector(
            "<connectorScanSetting><isCustomScanConfigEnabled>false"
                + "</isCustomScanConfigEnabled></connectorScanSetting>");

    ValidationReport report = validate(xml, Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_NOT_ENABLED);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/connectorScanSetting");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(23);
    assertThat(issue.message()).contains("isCPSEnabled", "unless the connector already has it");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void createTurningCpsOnWithoutSettingsWarns() {
    String xml =
        connector(
            "<name>dev</name>\n<isCPSEnabled>true</isCPSEnabled>\n"
                + ServerFieldRulesTest.completeAuthRecord());

    ValidationReport report = validate(xml, Operation.CREATE, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.CPS_SETTINGS_MISSING);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/connectorScanSetting");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(26);
    assertThat(report.issues()).hasSize(1);
  }
}
