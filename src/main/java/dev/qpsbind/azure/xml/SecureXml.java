package dev.qpsbind.azure.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Hardened parser settings, in one place: no DOCTYPE at all (so no external entities and no entity
 * expansion), no external DTD or schema, secure processing limits on, and a size bound on input.
 */
final class SecureXml {

  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String EXTERNAL_GENERAL_ENTITIES =
      "http://xml.org/sax/features/external-general-entities";
  private static final String EXTERNAL_PARAMETER_ENTITIES =
      "http://xml.org/sax/features/external-parameter-entities";
  private static final String LOAD_EXTERNAL_DTD =
      "http://apache.org/xml/features/nonvalidating/load-external-dtd";
  private static final String MAX_ELEMENT_DEPTH =
      "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

  /** Deeper than any real connector document (about 12 levels), far below stack trouble. */
  static final int MAX_DEPTH = 64;

  private static final SAXParserFactory SAX = newSaxFactory();

  private SecureXml() {}

  private static SAXParserFactory newSaxFactory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
      factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
      factory.setFeature(LOAD_EXTERNAL_DTD, false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser refuses the hardening features", e);
    }
  }

  /** A namespace-aware reader that refuses DOCTYPE and never reaches outside the input. */
  static XMLReader newReader() {
    try {
      XMLReader reader = SAX.newSAXParser().getXMLReader();
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      reader.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
      return reader;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot create a hardened XML reader", e);
    }
  }

  /** A DOM factory with the same hardening, for reading our own schema files. */
  static DocumentBuilderFactory newDomFactory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("cannot create a hardened DOM factory", e);
    }
  }

  /** Wraps a stream so that reading more than {@code maxBytes} fails. */
  static InputStream bounded(InputStream in, long maxBytes) {
    return new BoundedInputStream(in, maxBytes);
  }

  /** Thrown (as an IOException, so parsers pass it through) when a document is too large. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLargeException(long limit) {
      super("the document is larger than the limit of " + limit + " bytes");
      this.limit = limit;
    }
  }

  private static final class BoundedInputStream extends FilterInputStream {
    private final long maxBytes;
    private long count;

    BoundedInputStream(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws TooLargeException {
      count += n;
      if (count > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
    }
  }
}
