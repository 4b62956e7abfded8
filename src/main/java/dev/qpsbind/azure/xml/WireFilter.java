package dev.qpsbind.azure.xml;

import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.Suggestions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the parser and the schema validator. It knows the element path, decides from the
 * root whether the document is a request or an answer, and takes out of the stream every element
 * our schema does not declare at that place, reporting it: a warning in answers (Qualys adds fields
 * without changing the API version), an error in requests (a misspelling the server would refuse).
 * Whatever it takes out, the validator and the binder downstream never see, so everything else in
 * the document is still read.
 */
final class WireFilter extends XMLFilterImpl {

  private static final class Frame {
    final String name;
    final int index;
    final String typeKey;

    /** Where this element's start was noted in {@link #starts}, or -1. */
    final int start;

    private long seen;
    private String last;
    private int lastCount;

    Frame(String name, int index, String typeKey, int start) {
      this.name = name;
      this.index = index;
      this.typeKey = typeKey;
      this.start = start;
    }

    String typeKey() {
      return typeKey;
    }

    /** name for the first element of its name under its parent, name[2], name[3]... after. */
    String segment() {
      return index == 1 ? name : name + "[" + index + "]";
    }

    /**
     * Counts a child and returns its 1-based position among its namesakes. Repeated items come one
     * after the other, so a run is counted without a map; a declared child seen before, away from
     * its run, counts as a second one (a duplicate, in our all-groups).
     */
    int count(String childName, int position) {
      if (childName.equals(last)) {
        return ++lastCount;
      }
      last = childName;
      lastCount = 1;
      if (position >= 0 && position < Long.SIZE) {
        long bit = 1L << position;
        if ((seen & bit) != 0) {
          lastCount = 2;
        }
        seen |= bit;
      }
      return lastCount;
    }
  }

  /** Where an element started, linked to its parent's entry; paths are built only on demand. */
  private record Start(int parent, String segment, int line, int column) {}

  private final ConnectorSchema schema;
  private final IssueSink sink;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Locator locator;
  private int skipDepth;
  private DocumentKind kind = DocumentKind.UNKNOWN;
  private final java.util.List<Start> starts = new java.util.ArrayList<>();

  private final boolean recordLocations;

  /**
   * A filter reporting to the sink; with {@code recordLocations}, it also notes where every element
   * starts (needed to place issues found later on objects, and only then worth its cost).
   */
  WireFilter(ConnectorSchema schema, IssueSink sink, boolean recordLocations) {
    this.schema = schema;
    this.sink = sink;
    this.recordLocations = recordLocations;
  }

  DocumentKind kind() {
    return kind;
  }

  /** Where each element read so far started. */
  DocumentLocations locations() {
    if (!recordLocations) {
      return DocumentLocations.none();
    }
    java.util.List<Start> noted = java.util.List.copyOf(starts);
    return DocumentLocations.lazy(() -> paths(noted));
  }

  private static Map<String, DocumentLocations.Location> paths(java.util.List<Start> noted) {
    Map<String, DocumentLocations.Location> byPath = new java.util.HashMap<>();
    String[] pathOf = new String[noted.size()];
    for (int i = 0; i < noted.size(); i++) {
      Start start = noted.get(i);
      String parentPath = start.parent() < 0 ? "" : pathOf[start.parent()];
      pathOf[i] = parentPath + "/" + start.segment();
      byPath.putIfAbsent(
          DocumentLocations.normalise(pathOf[i]),
          new DocumentLocations.Location(start.line(), start.column()));
    }
    return byPath;
  }

  /** The path of the element being read, like {@code /ServiceRequest/data}. */
  String path() {
    if (stack.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    var it = stack.descendingIterator();
    while (it.hasNext()) {
      out.append('/').append(it.next().segment());
    }
    return out.toString();
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    super.setDocumentLocator(locator);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    if (stack.isEmpty()) {
      startRoot(uri, localName, qName, atts);
      return;
    }
    Frame parent = stack.peek();
    int index = parent.count(localName, schema.position(parent.typeKey(), localName));
    if (!uri.isEmpty()) {
      report(
          Severity.ERROR,
          "namespaced-element",
          childPath(localName, index),
          "element '" + qName + "' is in namespace '" + uri + "'; the wire XML has no namespace");
      skipDepth = 1;
      return;
    }
    Map<String, String> declared = schema.children(parent.typeKey());
    if (declared != null && !declared.containsKey(localName)) {
      reportUnknown(localName, parent, declared, childPath(localName, index));
      skipDepth = 1;
      return;
    }
    if (declared != null && index > 1 && !schema.isRepeatable(parent.typeKey(), localName)) {
      report(
          Severity.ERROR,
          "duplicate-element",
          childPath(localName, index),
          "'"
              + localName
              + "' appears more than once in "
              + describe(parent)
              + "; it may appear once (to send several values, use the items of a set)");
      skipDepth = 1;
      return;
    }
    String childType = declared == null ? null : declared.get(localName);
    stack.push(new Frame(localName, index, childType, remember(parent.start, localName, index)));
    super.startElement(uri, localName, qName, atts);
  }

  private String childPath(String localName, int index) {
    return path() + "/" + (index == 1 ? localName : localName + "[" + index + "]");
  }

  private void startRoot(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String typeKey = uri.isEmpty() ? schema.rootType(localName) : null;
    if (typeKey == null) {
      String message;
      if (!uri.isEmpty()) {
        message =
            "root element '"
                + qName
                + "' is in namespace '"
                + uri
                + "'; the wire XML has none (Qualys' published schema declares one, the API"
                + " does not use it): remove the xmlns declaration";
      } else if ("root".equals(localName)) {
        message =
            "root element is 'root'; a document starts with ServiceRequest or ServiceResponse"
                + " (the documentation's sample 1 wraps its request in <root>: drop that wrapper)";
      } else {
        message = "root element is '" + qName + "'; expected ServiceRequest or ServiceResponse";
      }
      report(Severity.ERROR, "unknown-root", "/" + qName, message);
      skipDepth = 1;
      return;
    }
    kind =
        ConnectorSchema.REQUEST_ROOT.equals(localName)
            ? DocumentKind.REQUEST
            : DocumentKind.RESPONSE;
    stack.push(new Frame(localName, 1, typeKey, remember(-1, localName, 1)));
    super.startElement(uri, localName, qName, atts);
  }

  private int remember(int parent, String name, int index) {
    if (!recordLocations || locator == null) {
      return -1;
    }
    String segment = index == 1 ? name : name + "[" + index + "]";
    starts.add(new Start(parent, segment, locator.getLineNumber(), locator.getColumnNumber()));
    return starts.size() - 1;
  }

  private void reportUnknown(
      String localName, Frame parent, Map<String, String> declared, String where) {
    boolean answer = kind == DocumentKind.RESPONSE;
    String suggestion = Suggestions.closest(localName, declared.keySet());
    String message =
        "'"
            + localName
            + "' is not an element of "
            + describe(parent)
            + (answer
                ? "; it is probably a field Qualys added after this schema was written, and it"
                    + " was skipped"
                : (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                    + " Known elements here: "
                    + String.join(", ", declared.keySet()));
    report(answer ? Severity.WARNING : Severity.ERROR, "unknown-element", where, message);
  }

  private static String describe(Frame parent) {
    String type = parent.typeKey();
    if (type == null || type.startsWith("#") || type.equals(parent.name)) {
      return "'" + parent.name + "'";
    }
    return "'" + parent.name + "' (" + type + ")";
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    super.endElement(uri, localName, qName);
    stack.pop();
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth == 0) {
      super.characters(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (skipDepth == 0) {
      super.ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    if (skipDepth == 0) {
      super.processingInstruction(target, data);
    }
  }

  private void report(Severity severity, String rule, String path, String message) {
    int line = locator == null ? -1 : locator.getLineNumber();
    int column = locator == null ? -1 : locator.getColumnNumber();
    sink.add(severity, rule, path, line, column, message);
  }
}
