package dev.qpsbind.azure.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import javax.xml.XMLConstants;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The expensive, reusable, not-thread-safe objects of one thread: a schema validator handler, a
 * hardened XML reader, a marshaller and an unmarshaller. Building a validator handler per call
 * costs more than the validation of a small document, so each thread keeps one and points it at the
 * current call's issue sink. A nested use on the same thread (a check that calls the codec while it
 * is busy) gets fresh objects instead.
 */
final class ThreadTools implements AutoCloseable {

  private static final ThreadLocal<ThreadTools> CURRENT = ThreadLocal.withInitial(ThreadTools::new);

  final ValidatorHandler validator;
  final XMLReader reader;
  final Marshaller marshaller;
  final Unmarshaller unmarshaller;
  private final SwitchableErrorHandler errors = new SwitchableErrorHandler();
  private boolean busy;

  private ThreadTools() {
    validator = ConnectorSchema.get().schema().newValidatorHandler();
    validator.setErrorHandler(errors);
    // A schema hint in the document (xsi:noNamespaceSchemaLocation) must never be fetched.
    validator.setResourceResolver((type, ns, publicId, systemId, baseUri) -> null);
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("the JDK validator refuses the access restrictions", e);
    }
    reader = SecureXml.newReader();
    try {
      marshaller = XmlCodec.context().createMarshaller();
      unmarshaller = XmlCodec.context().createUnmarshaller();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create a marshaller for the model", e);
    }
  }

  /** This thread's tools, or fresh ones when this thread's are in use; close them after use. */
  static ThreadTools acquire(ErrorHandler sink) {
    ThreadTools tools = CURRENT.get();
    if (tools.busy) {
      tools = new ThreadTools();
    }
    tools.busy = true;
    tools.errors.target = sink;
    return tools;
  }

  @Override
  public void close() {
    errors.target = null;
    validator.setContentHandler(null);
    busy = false;
  }

  /** The validator keeps one error handler; it forwards to the current call's sink. */
  private static final class SwitchableErrorHandler implements ErrorHandler {
    ErrorHandler target;

    @Override
    public void warning(SAXParseException e) throws org.xml.sax.SAXException {
      if (target != null) {
        target.warning(e);
      }
    }

    @Override
    public void error(SAXParseException e) throws org.xml.sax.SAXException {
      if (target != null) {
        target.error(e);
      }
    }

    @Override
    public void fatalError(SAXParseException e) throws org.xml.sax.SAXException {
      if (target != null) {
        target.fatalError(e);
      }
      throw e;
    }
  }
}
