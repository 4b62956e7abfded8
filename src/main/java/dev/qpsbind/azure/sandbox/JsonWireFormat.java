package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.json.JsonCodec;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** The Qualys JSON form, through the same codec (and schema, via its XML twin) as the client. */
final class JsonWireFormat implements WireFormat {

  private final JsonCodec codec = JsonCodec.create();

  @Override
  public String answerType() {
    return MediaType.APPLICATION_JSON;
  }

  @Override
  public boolean handles(MediaType type) {
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    return subtype.equals("json") || subtype.endsWith("+json");
  }

  @Override
  public ServiceRequest readRequest(byte[] body) {
    return codec.readRequest(body).value();
  }

  @Override
  public byte[] writeResponse(ServiceResponse response) {
    return codec.write(response);
  }
}
