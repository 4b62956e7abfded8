package dev.qpsbind.azure.xml;

import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects the issues of one read: from our filter, from the schema validator and from the binder.
 * It turns validator messages into issues with a rule id, folds the validator's habit of reporting
 * one bad value twice, and, in answers, lowers unknown enumeration values and attributes to
 * warnings. Not thread-safe: one per read.
 */
final class IssueSink implements ErrorHandler, ValidationEventHandler {

  private static final Pattern CODED = Pattern.compile("^(cvc-[A-Za-z0-9.\\-]+):\\s*(.*)$");

  /** Rules whose message repeats, for the element or attribute, a value error just reported. */
  private static final List<String> FOLLOW_UPS = List.of("cvc-type.3.1.3", "cvc-attribute.3");

  private final List<ValidationIssue> issues = new ArrayList<>();
  private Supplier<String> path = () -> "";
  private Supplier<DocumentKind> kind = () -> DocumentKind.UNKNOWN;

  void track(Supplier<String> currentPath, Supplier<DocumentKind> currentKind) {
    this.path = currentPath;
    this.kind = currentKind;
  }

  List<ValidationIssue> issues() {
    return List.copyOf(issues);
  }

  boolean hasErrors() {
    return issues.stream().anyMatch(ValidationIssue::isError);
  }

  void add(Severity severity, String rule, String where, int line, int column, String message) {
    issues.add(new ValidationIssue(severity, rule, where, line, column, message));
  }

  @Override
  public void warning(SAXParseException e) {
    fromValidator(Severity.WARNING, e);
  }

  @Override
  public void error(SAXParseException e) {
    fromValidator(Severity.ERROR, e);
  }

  @Override
  public void fatalError(SAXParseException e) {
    // Well-formedness errors end the parse; the reader reports the exception it rethrows.
    fromValidator(Severity.ERROR, e);
  }

  private void fromValidator(Severity severity, SAXParseException e) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    Matcher coded = CODED.matcher(text);
    String rule = coded.matches() ? coded.group(1) : "xml-not-well-formed";
    String message = coded.matches() ? coded.group(2) : text;
    if (text.contains("DOCTYPE")) {
      rule = "doctype-not-allowed";
      message =
          "the document has a DOCTYPE; it is refused, because DTDs can declare external entities"
              + " and entity expansion. Qualys documents never carry one: remove it";
    }
    int line = e.getLineNumber();
    int column = e.getColumnNumber();
    if (FOLLOW_UPS.contains(rule) && lastIssueAt(line, column)) {
      return;
    }
    if (kind.get() == DocumentKind.RESPONSE && severity == Severity.ERROR) {
      if (rule.equals("cvc-enumeration-valid")) {
        severity = Severity.WARNING;
        rule = "unknown-enum-value";
        message =
            message
                + " Qualys may have added this value after this schema was written; the field"
                + " reads as null.";
      } else if (rule.equals("cvc-complex-type.3.2.2")) {
        severity = Severity.WARNING;
        rule = "unknown-attribute";
      }
    }
    issues.add(new ValidationIssue(severity, rule, path.get(), line, column, message));
  }

  private boolean lastIssueAt(int line, int column) {
    return issues.stream().anyMatch(i -> i.line() == line && i.column() == column);
  }

  /** Binder events; they repeat what the validator said, so only new places are kept. */
  @Override
  public boolean handleEvent(ValidationEvent event) {
    ValidationEventLocator where = event.getLocator();
    int line = where == null ? -1 : where.getLineNumber();
    int column = where == null ? -1 : where.getColumnNumber();
    if (line > 0 && lastIssueAt(line, column)) {
      return true;
    }
    Severity severity =
        event.getSeverity() == ValidationEvent.WARNING ? Severity.WARNING : Severity.ERROR;
    String message = event.getMessage() == null ? "cannot bind the value" : event.getMessage();
    issues.add(new ValidationIssue(severity, "binding", path.get(), line, column, message));
    return true;
  }
}
