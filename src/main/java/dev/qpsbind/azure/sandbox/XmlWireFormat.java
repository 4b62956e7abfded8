package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.xml.XmlCodec;
import jakarta.ws.rs.core.MediaType;

/** The XML form, through the same codec (and schema) as the client. */
final class XmlWireFormat implements WireFormat {

  private final XmlCodec codec = XmlCodec.create();

  @Override
  public String answerType() {
    // Qualys sends application/xml with no charset; the XML declaration names UTF-8.
    return MediaType.APPLICATION_XML;
  }

  @Override
  public boolean handles(MediaType type) {
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return subtype.equals("xml") || subtype.endsWith("+xml");
  }

  @Override
  public ServiceRequest readRequest(byte[] body) {
    return codec.readRequest(body).value();
  }

  @Override
  public byte[] writeResponse(ServiceResponse response) {
    return codec.marshal(response);
  }
}
