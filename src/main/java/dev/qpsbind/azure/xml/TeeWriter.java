package dev.qpsbind.azure.xml;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
  private static final String INDENT = "    ";

  private final ContentHandler validator;
  private final XMLStreamWriter writer;
  private final boolean formatted;
  private final StringBuilder text = new StringBuilder();
  private int depth;
  private boolean hadChild;
  private boolean forbiddenCharacter;

  TeeWriter(ContentHandler validator, OutputStream out, boolean formatted) {
    this.validator = validator;
    this.formatted = formatted;
    try {
      this.writer = OUTPUT.createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot create an XML writer", e);
    }
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
    try {
      writer.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new SAXException(e);
    }
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
    try {
      text.setLength(0);
      newLine(depth);
      writer.writeStartElement(localName);
      for (int i = 0; i < atts.getLength(); i++) {
        check(atts.getValue(i));
        writer.writeAttribute(atts.getQName(i), atts.getValue(i));
      }
    } catch (XMLStreamException e) {
      throw new SAXException(e);
    }
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
    try {
      if (hadChild) {
        newLine(depth);
      } else if (text.length() > 0) {
        check(text);
        writer.writeCharacters(text.toString());
      }
      text.setLength(0);
      writer.writeEndElement();
    } catch (XMLStreamException e) {
      throw new SAXException(e);
    }
    hadChild = true;
  }

  @Override
  public void endDocument() throws SAXException {
    validator.endDocument();
    try {
      writer.writeEndDocument();
      if (formatted) {
        writer.writeCharacters("\n");
      }
      writer.flush();
    } catch (XMLStreamException e) {
      throw new SAXException(e);
    }
  }

  private void newLine(int level) throws XMLStreamException {
    if (formatted) {
      writer.writeCharacters("\n");
      for (int i = 0; i < level; i++) {
        writer.writeCharacters(INDENT);
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
