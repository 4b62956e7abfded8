package dev.qpsbind.azure;

import dev.qpsbind.azure.json.JsonCodec;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.xml.Decoded;

/**
 * The Qualys JSON form through {@link JsonCodec}. JSON needs both {@code Content-Type} and {@code
 * Accept} set to {@code application/json}: with only one, Qualys answers in XML.
 */
final class JsonWireCodec implements WireCodec {

  private final JsonCodec codec;

  JsonWireCodec(long maxBytes) {
    this.codec = JsonCodec.builder().maxBytes(maxBytes).build();
  }

  @Override
  public WireFormat format() {
    return WireFormat.JSON;
  }

  @Override
  public String contentType() {
    return "application/json; charset=UTF-8";
  }

  @Override
  public String accept() {
    return JsonCodec.MEDIA_TYPE;
  }

  @Override
  public byte[] encode(ServiceRequest request, RequestCheck check) {
    return codec.write(request, check);
  }

  @Override
  public Decoded<ServiceResponse> decode(byte[] body) {
    return codec.readResponse(body);
  }
}
