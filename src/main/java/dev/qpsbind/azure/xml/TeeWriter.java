package dev.qpsbind.azure.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives what JAXB marshals as SAX events, hands each event to the schema validator and writes it
 * as XML at the same time, so that a request is validated without being parsed back. Our documents
 * have no mixed content, which keeps the indentation simple. Characters that XML 1.0 forbids are
 * noticed here (a validator never sees raw characters), so that the caller can fall back to the
 * reading pipeline that reports them with line and column. Not thread-safe.
 */
final class TeeWriter extends DefaultHandler {

  private static final String INDENT = "    ";

  private final ContentHandler validator;
  private final OutputStream out;
  private final StringBuilder xml = new StringBuilder(2048);
  private final boolean formatted;
  private final StringBuilder text = new StringBuilder();
  private int depth;
  private boolean hadChild;
  private boolean forbiddenCharacter;

  TeeWriter(ContentHandler validator, OutputStream out, boolean formatted) {
    this.validator = validator;
    this.out = out;
    this.formatted = formatted;
  }

  /** Whether a character outside XML 1.0 was written; the document is then not well-formed. */
  boolean sawForbiddenCharacter() {
    return forbiddenCharacter;
  }

  @Override
  public void setDocumentLocator(org.xml.sax.Locator locator) {
    validator.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    validator.startDocument();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    validator.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    validator.endPrefixMapping(prefix);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    validator.startElement(uri, localName, qName, atts);
    text.setLength(0);
    newLine(depth);
    xml.append('<').append(localName);
    for (int i = 0; i < atts.getLength(); i++) {
      String value = atts.getValue(i);
      check(value);
      xml.append(' ').append(atts.getQName(i)).append("=\"");
      escape(value, true);
      xml.append('"');
    }
    xml.append('>');
    depth++;
    hadChild = false;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    validator.characters(ch, start, length);
    text.append(ch, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    validator.endElement(uri, localName, qName);
    depth--;
    if (hadChild) {
      newLine(depth);
    } else if (text.length() > 0) {
      check(text);
      escape(text, false);
    }
    text.setLength(0);
    xml.append("</").append(localName).append('>');
    hadChild = true;
  }

  @Override
  public void endDocument() throws SAXException {
    validator.endDocument();
    if (formatted) {
      xml.append('\n');
    }
    try {
      out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SAXException(e);
    }
  }

  private void newLine(int level) {
    if (formatted) {
      xml.append('\n');
      for (int i = 0; i < level; i++) {
        xml.append(INDENT);
      }
    }
  }

  /** Escapes markup characters; in attributes also quotes and white space that would fold. */
  private void escape(CharSequence value, boolean attribute) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> xml.append("&amp;");
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '\r' -> xml.append("&#13;");
        case '"' -> xml.append(attribute ? "&quot;" : "\"");
        case '\t' -> xml.append(attribute ? "&#9;" : "\t");
        case '\n' -> xml.append(attribute ? "&#10;" : "\n");
        default -> xml.append(c);
      }
    }
  }

  private void check(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
        forbiddenCharacter = true;
        return;
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          forbiddenCharacter = true;
          return;
        }
        i++;
      }
    }
  }
}
