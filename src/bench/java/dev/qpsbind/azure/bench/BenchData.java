package dev.qpsbind.azure.bench;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The documents the benchmarks work on, made from the documented samples. */
final class BenchData {

  private BenchData() {}

  /** The documented update request (sample 1, corrected), as bytes. */
  static byte[] sampleRequestBytes() {
    return resource("/samples/update-request-sample1.xml");
  }

  /** The documented update request as objects. */
  static ServiceRequest sampleRequest() {
    return XmlCodec.create().readRequest(sampleRequestBytes()).value();
  }

  /** A search answer of {@code size} connectors, each like the documented one with its own id. */
  static byte[] searchAnswer(int size, long firstId, boolean more) {
    return XmlCodec.builder().formatted(false).build().marshal(searchPage(size, firstId, more));
  }

  /** The same answer as objects. */
  static ServiceResponse searchPage(int size, long firstId, boolean more) {
    AzureAssetDataConnector template = sampleRequest().getData().getAzureAssetDataConnector();
    ResponseData data = new ResponseData();
    for (int i = 0; i < size; i++) {
      AzureAssetDataConnector copy = connectorLike(template, firstId + i);
      data.getAzureAssetDataConnectors().add(copy);
    }
    ServiceResponse response = new ServiceResponse();
    response.setResponseCode("SUCCESS");
    response.setCount(size);
    response.setHasMoreRecords(more);
    response.setLastId(firstId + size - 1);
    response.setData(data);
    return response;
  }

  private static AzureAssetDataConnector connectorLike(AzureAssetDataConnector template, long id) {
    AzureAssetDataConnector copy = new AzureAssetDataConnector();
    copy.setId(id);
    copy.setName(template.getName() + " " + id);
    copy.setDescription(template.getDescription());
    copy.setDisabled(id % 7 == 0);
    copy.setRunFrequency(template.getRunFrequency());
    copy.setRemediationEnabled(template.isRemediationEnabled());
    copy.setLastSync(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    copy.setDefaultTags(template.getDefaultTags());
    copy.setActivation(template.getActivation());
    copy.setConnectorAppInfos(template.getConnectorAppInfos());
    return copy;
  }

  /** A resource of the test classpath, as bytes. */
  static byte[] resourceBytes(String name) {
    return resource(name);
  }

  private static byte[] resource(String name) {
    try (InputStream in = BenchData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
