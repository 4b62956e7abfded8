package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.Operation.CREATE;
import static dev.qpsbind.azure.rules.Operation.DELETE;
import static dev.qpsbind.azure.rules.Operation.DELETE_BY_FILTER;
import static dev.qpsbind.azure.rules.Operation.GET;
import static dev.qpsbind.azure.rules.Operation.RUN;
import static dev.qpsbind.azure.rules.Operation.SEARCH;
import static dev.qpsbind.azure.rules.Operation.SEARCH_ERRORS;
import static dev.qpsbind.azure.rules.Operation.UPDATE;
import static dev.qpsbind.azure.rules.Operation.UPDATE_BY_FILTER;

import dev.qpsbind.azure.validation.Severity;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of request rules: every rule the engine knows, with its stable id, its severity, the
 * operations it applies to, what it checks, why, and where the rule comes from. The table in {@code
 * docs/request-rules.md} is checked against this enum by a test, so the two cannot drift.
 *
 * <p>Sources name sections of the project's fact sheet ("facts 3.1"), the documentation page the
 * project starts from ("seed"), and the field cases ("C11"). Constants are immutable and
 * thread-safe; no method returns null.
 */
public enum Rule {

  // ---- The operation as a whole ---------------------------------------------------------------

  /** An id in the path exactly for the by-id operations. */
  OPERATION_PATH_ID(
      "operation.path-id",
      Severity.ERROR,
      all(),
      "A positive connector id in the path for update, get, delete and run by id; none for"
          + " create, search and the filter forms.",
      "The id in the path picks the connector. Without it the call is a different operation;"
          + " given to an operation that has no id in its path, it would be dropped silently.",
      "facts 1 (operations table)"),

  /** No body for get, delete by id and run. */
  BODY_UNEXPECTED(
      "body.unexpected",
      Severity.ERROR,
      EnumSet.of(GET, DELETE, RUN),
      "No filters, preferences or data in the request of get, delete by id or run.",
      "These calls send no body, so whatever the request holds would be dropped without a word;"
          + " for a delete, the caller may believe a filter narrows what is deleted. Refused"
          + " rather than warned because the caller's intent cannot be carried out.",
      "facts 1 (Body column: none)"),

  /** Parts of the body an operation does not use. */
  BODY_IGNORED(
      "body.ignored",
      Severity.WARNING,
      EnumSet.of(CREATE, UPDATE, UPDATE_BY_FILTER, SEARCH, DELETE_BY_FILTER, SEARCH_ERRORS),
      "Parts of the body the operation does not use: filters in create or update by id, data in"
          + " searches or delete by filter, preferences outside searches.",
      "The server ignores them, so the request does less than it appears to say. A warning: the"
          + " rest of the request is still meaningful.",
      "facts 1, 3.1"),

  /** Create and update carry a connector. */
  BODY_DATA_REQUIRED(
      "body.data-required",
      Severity.ERROR,
      EnumSet.of(CREATE, UPDATE, UPDATE_BY_FILTER),
      "A connector in data for create, update by id and update by filter.",
      "A create without a connector creates nothing and an update without one changes nothing.",
      "facts 1 (Body column)"),

  // ---- Filters --------------------------------------------------------------------------------

  /** Update and delete by filter need a filter. */
  FILTER_REQUIRED(
      "filter.required",
      Severity.ERROR,
      EnumSet.of(UPDATE_BY_FILTER, DELETE_BY_FILTER),
      "At least one Criteria in the filters of an update or delete by filter.",
      "Without a filter the call would touch every connector the account can see.",
      "facts 1 (rows 5 and 7); seed (update by filter)"),

  /** No NOT EQUALS where it would update or delete unknown connectors. */
  FILTER_NOT_EQUALS(
      "filter.not-equals",
      Severity.ERROR,
      EnumSet.of(UPDATE_BY_FILTER, DELETE_BY_FILTER),
      "No NOT EQUALS operator in the filters of an update or delete by filter (it stays legal"
          + " for search).",
      "The API refuses it: a negated filter updates or deletes every connector except the one"
          + " named, including connectors the caller does not know about.",
      "seed (note under the title); facts 3.1; C11"),

  /** No empty value where it would update or delete every connector. */
  FILTER_EMPTY_VALUE(
      "filter.empty-value",
      Severity.ERROR,
      EnumSet.of(UPDATE_BY_FILTER, DELETE_BY_FILTER),
      "Every Criteria of an update or delete by filter has a value (NONE aside): no empty text,"
          + " and no IN list without an item.",
      "An empty value can match every connector (CONTAINS with nothing matches every name), so"
          + " a change meant for a few reaches all, as NOT EQUALS would.",
      "a user's trial against the sandbox (delete --filter name:CONTAINS: deleted everything);"
          + " the kind of C11"),

  /** Operators from the documented set. */
  FILTER_OPERATOR(
      "filter.operator",
      Severity.ERROR,
      all(),
      "Every Criteria has an operator out of EQUALS, NOT EQUALS, CONTAINS, GREATER, LESSER, IN,"
          + " NONE.",
      "These are the operators of the QPS API family. A Criteria built in Java may have none,"
          + " and the gateway APIs' spellings (NOT_EQUALS, GREATER_THAN_EQUAL) are not accepted"
          + " here.",
      "facts 3.1"),

  /** Criteria name a field. */
  FILTER_FIELD(
      "filter.field",
      Severity.ERROR,
      all(),
      "Every Criteria names a field.",
      "A Criteria without a field matches nothing the server can name; the schema requires the"
          + " attribute, and a Criteria built in Java may lack it.",
      "facts 3.1"),

  // ---- Ids and server-assigned fields ---------------------------------------------------------

  /** Body id and path id agree. */
  UPDATE_ID_MISMATCH(
      "update.id-mismatch",
      Severity.ERROR,
      EnumSet.of(UPDATE),
      "In an update by id, the id in the body, if present, equals the id in the path.",
      "Two different ids leave it to the server which connector is changed; the documented"
          + " sample sends body id 2004 to path id 12345.",
      "seed (sample 1); facts 1 (row 4)"),

  /** No id in create or update by filter. */
  SERVER_FIELD_ID(
      "server-field.id",
      Severity.ERROR,
      EnumSet.of(CREATE, UPDATE_BY_FILTER),
      "No id in the connector of a create or an update by filter.",
      "Ids are assigned by the server (the create page offering an id input is an erratum); in"
          + " an update by filter the filters pick the connectors, not a body id.",
      "facts 2.2 (row 1), 6 (erratum 3)"),

  /** No read-only fields in create and update. */
  SERVER_FIELD_READ_ONLY(
      "server-field.read-only",
      Severity.ERROR,
      writes(),
      "No server-assigned field in create or update: connectorState, type, lastSync, nextSync,"
          + " lastError, isDeleted, cloudviewUuid, subscriptionName, awsAccountId,"
          + " isChinaConfigured, isAttachedToOrgConnector.",
      "The server sets them and answers INVALID_REQUEST naming the first one it meets; they"
          + " appear when a connector read with get is edited and sent back.",
      "facts 2.1, 2.2 (Access RO); C04"),

  // ---- Collections ----------------------------------------------------------------------------

  /** No list or count in requests. */
  COLLECTION_READ_ONLY(
      "collection.read-only",
      Severity.ERROR,
      writes(),
      "No list or count inside a collection of a create or update.",
      "Answers describe collections with list and count; requests change them with set, add,"
          + " remove or update. A list sent back is the get, edit, send back mistake.",
      "facts 0 (finding 4), 2.4; C04"),

  /** One action per collection. */
  COLLECTION_ONE_ACTION(
      "collection.one-action",
      Severity.ERROR,
      writes(),
      "Each collection in a create or update carries exactly one of set, add, remove, update.",
      "Each is documented as a way of its own to change a collection; the order in which the"
          + " server would apply several is undocumented, and a wrapper with none changes"
          + " nothing.",
      "facts 2.4"),

  /** PC and SCA are not activated together. */
  ACTIVATION_PC_WITH_SCA(
      "activation.pc-with-sca",
      Severity.WARNING,
      writes(),
      "PC and SCA are not both activated by one request.",
      "Qualys' own connector script refuses the combination. One source only, hence a warning.",
      "facts 2.9 (ActivationModule)"),

  // ---- Connector app infos --------------------------------------------------------------------

  /** App names out of AI, CI, CSA. */
  APP_INFO_NAME(
      "app-info.name",
      Severity.ERROR,
      writes(),
      "Each ConnectorAppInfo sent has a name out of AI, CI, CSA.",
      "The schema keeps name as text, as Qualys' does; the documentation lists these three apps"
          + " only (Asset Inventory, Cloud Inventory, Cloud Security Assessment).",
      "seed (connectorAppInfos); facts 2.5, 2.9"),

  /** App infos name a subscription. */
  APP_INFO_IDENTIFIER(
      "app-info.identifier",
      Severity.ERROR,
      writes(),
      "Each ConnectorAppInfo sent has an identifier.",
      "The identifier is the Azure subscription the app reads; without it the app info points"
          + " at nothing.",
      "facts 2.3, 2.5"),

  /** App info identifier agrees with the auth record. */
  APP_INFO_SUBSCRIPTION(
      "app-info.subscription",
      Severity.WARNING,
      writes(),
      "Each ConnectorAppInfo identifier equals the auth record's subscriptionId, when the"
          + " request holds both.",
      "For a subscription connector the identifier is the subscription of the auth record; a"
          + " different one is usually copied from another connector. Tenant set-ups may differ,"
          + " hence a warning.",
      "facts 2.3, 2.5; seed (samples 1 and 2)"),

  // ---- Run frequency --------------------------------------------------------------------------

  /** Run frequency positive. */
  RUN_FREQUENCY_POSITIVE(
      "run-frequency.positive",
      Severity.ERROR,
      writes(),
      "runFrequency is a positive number of minutes.",
      "It is the number of minutes between two synchronisations; zero or less has no meaning.",
      "seed (runFrequency); facts 2.2 (row 15)"),

  /** Run frequency in the usual range. */
  RUN_FREQUENCY_RANGE(
      "run-frequency.range",
      Severity.WARNING,
      writes(),
      "runFrequency between 60 and 1440 minutes.",
      "No range is documented. Qualys' script offers 60 to 1440 minutes (one hour to one day)"
          + " and an integrator note gives 60 as the minimum, while a documented sample uses"
          + " 500; outside that range the server may refuse or adjust the value, hence a"
          + " warning.",
      "facts 6 (erratum 25)"),

  // ---- Auth record ----------------------------------------------------------------------------

  /** Complete auth record on create. */
  AUTH_REQUIRED(
      "auth.required",
      Severity.ERROR,
      EnumSet.of(CREATE),
      "A create carries authRecord with applicationId, directoryId, subscriptionId and"
          + " authenticationKey.",
      "The connector signs in to Azure with them; the secret is write-only, so nothing can be"
          + " filled in later from an answer. Messages never show any auth value.",
      "facts 2.3; seed (authRecord); C18"),

  /** Auth ids look like GUIDs. */
  AUTH_GUID(
      "auth.guid",
      Severity.WARNING,
      writes(),
      "applicationId, directoryId and subscriptionId look like GUIDs (8-4-4-4-12 hexadecimal"
          + " digits).",
      "Azure ids are GUIDs, and the documentation's samples mask theirs with x, which would"
          + " fail only when the connector signs in to Azure. The API treats them as text and"
          + " documents no format, hence a warning.",
      "facts 2.3; seed (samples 1 and 2)"),

  // ---- Cloud perimeter scan -------------------------------------------------------------------

  /** Scan settings only with CPS on. */
  CPS_NOT_ENABLED(
      "cps.not-enabled",
      Severity.WARNING,
      writes(),
      "connectorScanSetting or connectorScanConfig come with isCPSEnabled true.",
      "They take effect only when the cloud perimeter scan is on. In an update it may already"
          + " be on, hence a warning.",
      "seed (isCPSEnabled); facts 2.7"),

  /** CPS on at create comes with its settings. */
  CPS_SETTINGS_MISSING(
      "cps.settings-missing",
      Severity.WARNING,
      EnumSet.of(CREATE),
      "A create that turns isCPSEnabled on also sends connectorScanSetting.",
      "The documentation asks for the scan parameters when the flag is on, and Qualys' script"
          + " always sends the block with it; without it the global configuration applies,"
          + " which may be what is meant, hence a warning.",
      "seed (isCPSEnabled); facts 2.7"),

  /** Custom scan configuration is complete. */
  CPS_CUSTOM_CONFIG(
      "cps.custom-config",
      Severity.ERROR,
      writes(),
      "With isCustomScanConfigEnabled true, each scan configuration sent has optionProfileId,"
          + " recurrence, startDate and startTime, and there is at least one.",
      "A custom configuration replaces the global one; without these values there is nothing"
          + " to schedule.",
      "seed (Cloud Perimeter Scan parameters); facts 2.7, 2.8"),

  /** Days of week with weekly scans only. */
  CPS_DAYS_OF_WEEK(
      "cps.days-of-week",
      Severity.ERROR,
      writes(),
      "daysOfWeek only with recurrence WEEKLY, and at least one day for it.",
      "The documentation applies daysOfWeek to WEEKLY only; a weekly scan without a day never"
          + " runs.",
      "seed (daysOfWeek); facts 2.8"),

  /** Start date in mm/dd/yyyy. */
  CPS_START_DATE(
      "cps.start-date",
      Severity.ERROR,
      writes(),
      "startDate is a real calendar date written mm/dd/yyyy.",
      "The documented format is month first, while the documentation's own sample 3 writes"
          + " 31/05/2022; a day-first date is either refused or read as another day.",
      "seed (startDate, sample 3); facts 2.8, 6 (erratum 8)"),

  /** Start time in HH:MM. */
  CPS_START_TIME(
      "cps.start-time",
      Severity.ERROR,
      writes(),
      "startTime is written HH:MM on a 24-hour clock.",
      "This is the documented format; 12-hour times or seconds are not.",
      "seed (startTime); facts 2.8"),

  /** Known time zone. */
  CPS_TIMEZONE(
      "cps.timezone",
      Severity.ERROR,
      writes(),
      "timezone is a region id java.time knows, such as UTC or Africa/Cairo.",
      "The scan starts at startTime in this zone; the samples use IANA names, and an unknown"
          + " name leaves the start time undefined.",
      "seed (timezone, sample 3); facts 2.8"),

  // ---- Text -----------------------------------------------------------------------------------

  /** Only XML 1.0 characters. */
  TEXT_XML_CHARS(
      "text.xml-chars",
      Severity.ERROR,
      all(),
      "Text values hold only characters XML 1.0 allows (no control characters other than tab,"
          + " line feed and carriage return, no lone surrogates, no U+FFFE or U+FFFF).",
      "The request is XML 1.0; such a character makes the document unreadable to the server."
          + " Secret values are checked too, but never shown.",
      "facts 3.1; C16"),

  /** Name not blank. */
  NAME_BLANK(
      "name.blank",
      Severity.ERROR,
      writes(),
      "The connector name, when sent, is not blank.",
      "A blank name would replace the name the connector is known by in the UI and in filters.",
      "facts 2.2 (row 2)"),

  /** Name at most 255 characters. */
  NAME_LENGTH(
      "name.length",
      Severity.ERROR,
      writes(),
      "The connector name is at most 255 characters.",
      "Qualys' own script caps names at 255 characters; the API documents no limit of its own,"
          + " so the script's cap is the one known to be safe.",
      "facts 2.2 (row 2)"),

  // ---- Searches -------------------------------------------------------------------------------

  /** Page size within the documented bounds. */
  SEARCH_LIMIT_RESULTS(
      "search.limit-results",
      Severity.ERROR,
      EnumSet.of(SEARCH, SEARCH_ERRORS),
      "preferences/limitResults, when sent, is between 1 and 1000.",
      "The API returns at most 1000 records a page (100 by default); further pages are read"
          + " with startFromId.",
      "facts 3.1, 3.2");

  private final String id;
  private final Severity severity;
  private final Set<Operation> operations;
  private final String summary;
  private final String why;
  private final String source;

  Rule(
      String id,
      Severity severity,
      Set<Operation> operations,
      String summary,
      String why,
      String source) {
    this.id = id;
    this.severity = severity;
    this.operations = Collections.unmodifiableSet(EnumSet.copyOf(operations));
    this.summary = summary;
    this.why = why;
    this.source = source;
  }

  private static Set<Operation> all() {
    return EnumSet.allOf(Operation.class);
  }

  /** The operations that send a connector: create, update by id and update by filter. */
  private static Set<Operation> writes() {
    return EnumSet.of(CREATE, UPDATE, UPDATE_BY_FILTER);
  }

  /** The stable id, like {@code filter.not-equals}; issues carry it as their rule. */
  public String id() {
    return id;
  }

  /** The severity of the issues this rule reports. */
  public Severity severity() {
    return severity;
  }

  /** The operations the rule applies to (unmodifiable). */
  public Set<Operation> operations() {
    return operations;
  }

  /** Whether the rule applies to an operation. */
  public boolean appliesTo(Operation operation) {
    return operations.contains(Objects.requireNonNull(operation, "operation == null"));
  }

  /** What the rule checks, in one or two sentences. */
  public String summary() {
    return summary;
  }

  /** Why the rule exists. */
  public String why() {
    return why;
  }

  /** Where the rule comes from: a facts section, the seed page, a field case. */
  public String source() {
    return source;
  }

  /** The rule with this id, if there is one. */
  public static Optional<Rule> find(String id) {
    Objects.requireNonNull(id, "id == null");
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }

  /**
   * The rule with this id.
   *
   * @throws IllegalArgumentException if no rule has it; the message lists the known ids
   */
  public static Rule byId(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown rule id '" + id + "'; known ids: " + String.join(", ", ids())));
  }

  private static java.util.List<String> ids() {
    return Arrays.stream(values()).map(Rule::id).toList();
  }
}
