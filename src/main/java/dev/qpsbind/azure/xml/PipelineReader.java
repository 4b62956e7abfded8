package dev.qpsbind.azure.xml;

import java.io.IOException;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * Our reading pipeline (hardened parser, then {@link WireFilter}, then the schema validator) seen
 * by JAXB as one {@link XMLReader}. Handed to {@code Unmarshaller.unmarshal(SAXSource)}, it lets
 * JAXB take the names as the parser interned them; through an {@code UnmarshallerHandler} JAXB
 * interns every element name again, which cost more than the validation of a large page.
 *
 * <p>The names do arrive interned: the JDK's parser interns them, and the validator passes on the
 * names of its own symbol table, which are interned too. The errors stay with the pipeline's issue
 * sink; the error handler JAXB offers is not used.
 */
final class PipelineReader implements XMLReader {

  private static final String STRING_INTERNING = "http://xml.org/sax/features/string-interning";

  private final WireFilter filter;
  private final ValidatorHandler validator;

  PipelineReader(WireFilter filter, ValidatorHandler validator) {
    this.filter = filter;
    this.validator = validator;
  }

  @Override
  public boolean getFeature(String name)
      throws SAXNotRecognizedException, SAXNotSupportedException {
    return STRING_INTERNING.equals(name) || filter.getFeature(name);
  }

  @Override
  public void setFeature(String name, boolean value)
      throws SAXNotRecognizedException, SAXNotSupportedException {
    if (!STRING_INTERNING.equals(name)) {
      filter.setFeature(name, value);
    }
  }

  @Override
  public Object getProperty(String name)
      throws SAXNotRecognizedException, SAXNotSupportedException {
    return filter.getProperty(name);
  }

  @Override
  public void setProperty(String name, Object value)
      throws SAXNotRecognizedException, SAXNotSupportedException {
    filter.setProperty(name, value);
  }

  @Override
  public void setEntityResolver(EntityResolver resolver) {
    filter.setEntityResolver(resolver);
  }

  @Override
  public EntityResolver getEntityResolver() {
    return filter.getEntityResolver();
  }

  @Override
  public void setDTDHandler(DTDHandler handler) {
    filter.setDTDHandler(handler);
  }

  @Override
  public DTDHandler getDTDHandler() {
    return filter.getDTDHandler();
  }

  @Override
  public void setContentHandler(ContentHandler handler) {
    validator.setContentHandler(handler);
  }

  @Override
  public ContentHandler getContentHandler() {
    return validator.getContentHandler();
  }

  @Override
  public void setErrorHandler(ErrorHandler handler) {
    // The pipeline reports to its issue sink; JAXB's binding events reach it too.
  }

  @Override
  public ErrorHandler getErrorHandler() {
    return filter.getErrorHandler();
  }

  @Override
  public void parse(InputSource input) throws IOException, SAXException {
    filter.parse(input);
  }

  @Override
  public void parse(String systemId) {
    throw new UnsupportedOperationException("the pipeline reads only the input it is given");
  }
}
