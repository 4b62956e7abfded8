package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.error.ConnectorException;
import dev.qpsbind.azure.xml.XmlCodec;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import javax.xml.namespace.QName;
import javax.xml.transform.dom.DOMResult;

/**
 * Deep copies of generated model objects, through JAXB itself: the generated classes have no copy
 * constructors, and a copier written by hand would silently miss a field added to the schema.
 * Stateless and thread-safe.
 */
final class Copies {

  private static final QName WRAPPER = new QName("copy");

  private Copies() {}

  /** A deep copy of a model object of this type (null stays null). */
  static <T> T copy(T value, Class<T> type) {
    if (value == null) {
      return null;
    }
    try {
      DOMResult tree = new DOMResult();
      XmlCodec.context().createMarshaller().marshal(new JAXBElement<>(WRAPPER, type, value), tree);
      return XmlCodec.context().createUnmarshaller().unmarshal(tree.getNode(), type).getValue();
    } catch (JAXBException e) {
      throw new ConnectorException("cannot copy a " + type.getSimpleName(), e);
    }
  }
}
