package dev.qpsbind.azure.bench;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.xml.ConnectorSchema;
import dev.qpsbind.azure.xml.XmlCodec;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validated marshal and unmarshal against plain JAXB, side by side (issue 8, target 1). "plain" is
 * JAXB with no schema: the floor. "naive" is JAXB with {@code setSchema}: what a user would write
 * first. Our codec keeps validation on in every path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBench {

  private final XmlCodec codec = XmlCodec.builder().formatted(false).build();
  private ServiceRequest request;
  private byte[] smallAnswer;
  private byte[] pageAnswer;

  /** Loads the documents once per trial. */
  @Setup
  public void setUp() {
    request = BenchData.sampleRequest();
    smallAnswer = BenchData.searchAnswer(1, 2004, false);
    pageAnswer = BenchData.searchAnswer(1000, 1, true);
  }

  /** Plain JAXB marshal of the documented update request. */
  @Benchmark
  public byte[] marshalPlain() throws JAXBException {
    Marshaller marshaller = XmlCodec.context().createMarshaller();
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    marshaller.marshal(request, out);
    return out.toByteArray();
  }

  /** JAXB marshal with {@code setSchema}: a new validator handler on every call. */
  @Benchmark
  public byte[] marshalNaiveSchema() throws JAXBException {
    Marshaller marshaller = XmlCodec.context().createMarshaller();
    marshaller.setSchema(ConnectorSchema.get().schema());
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    marshaller.marshal(request, out);
    return out.toByteArray();
  }

  /** Our validated marshal. */
  @Benchmark
  public byte[] marshalValidated() {
    return codec.marshal(request);
  }

  /** Plain JAXB unmarshal of a one-connector answer. */
  @Benchmark
  public Object unmarshalSmallPlain() throws JAXBException {
    Unmarshaller unmarshaller = XmlCodec.context().createUnmarshaller();
    return unmarshaller.unmarshal(new ByteArrayInputStream(smallAnswer));
  }

  /** Our validated read of a one-connector answer. */
  @Benchmark
  public ServiceResponse unmarshalSmallValidated() {
    return codec.readResponse(smallAnswer).value();
  }

  /** Plain JAXB unmarshal of a 1,000-connector search page. */
  @Benchmark
  public Object unmarshalPagePlain() throws JAXBException {
    Unmarshaller unmarshaller = XmlCodec.context().createUnmarshaller();
    return unmarshaller.unmarshal(new ByteArrayInputStream(pageAnswer));
  }

  /** Our validated read of a 1,000-connector search page. */
  @Benchmark
  public ServiceResponse unmarshalPageValidated() {
    return codec.readResponse(pageAnswer).value();
  }
}
