package dev.qpsbind.azure;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.xml.Decoded;
import dev.qpsbind.azure.xml.XmlCodec;

/** The XML wire format through {@link XmlCodec}: validated writes, lenient reads. */
final class XmlWireCodec implements WireCodec {

  private final XmlCodec codec;

  XmlWireCodec(long maxBytes) {
    this.codec = XmlCodec.builder().maxBytes(maxBytes).build();
  }

  @Override
  public WireFormat format() {
    return WireFormat.XML;
  }

  @Override
  public String contentType() {
    return "text/xml; charset=UTF-8";
  }

  @Override
  public String accept() {
    return "application/xml";
  }

  @Override
  public byte[] encode(ServiceRequest request, RequestCheck check) {
    return codec.marshal(request, check);
  }

  @Override
  public Decoded<ServiceResponse> decode(byte[] body) {
    return codec.readResponse(body);
  }
}
