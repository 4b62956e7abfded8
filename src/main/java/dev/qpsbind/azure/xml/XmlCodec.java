package dev.qpsbind.azure.xml;

import dev.qpsbind.azure.error.ConnectorException;
import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads and writes the wire XML of the Azure connector API with schema validation always on.
 *
 * <ul>
 *   <li>{@link #marshal(ServiceRequest)} writes a request and validates what it wrote; an invalid
 *       request throws {@link InvalidRequestException} listing every problem with its line and
 *       column in the produced XML, and no bytes are returned.
 *   <li>{@link #readResponse(InputStream)} reads an answer: elements and enumeration values our
 *       schema does not know become warnings and nothing else is lost; a malformed or truly invalid
 *       answer throws {@link InvalidResponseException}.
 *   <li>{@link #validate(Path)} checks a request or an answer offline and returns every issue.
 * </ul>
 *
 * <p>Input is parsed from bytes, so the XML declaration decides the charset. DOCTYPE is refused (so
 * no external entity and no entity expansion), and input beyond {@link Builder#maxBytes} is
 * refused. The {@code JAXBContext} and the schema are built once per JVM and shared. Instances are
 * immutable and thread-safe.
 */
public final class XmlCodec {

  /** The default size bound of a document: 32 MiB, enough for a page of 1,000 connectors. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  private static final XmlCodec DEFAULT = builder().build();

  private final long maxBytes;
  private final boolean formatted;
  private final ConnectorSchema schema = ConnectorSchema.get();

  private XmlCodec(Builder builder) {
    this.maxBytes = builder.maxBytes;
    this.formatted = builder.formatted;
  }

  /** A codec with the default settings. */
  public static XmlCodec create() {
    return DEFAULT;
  }

  /** A builder for a codec with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The JAXB context of the generated model, built once per JVM. */
  public static JAXBContext context() {
    return ContextHolder.CONTEXT;
  }

  private static final class ContextHolder {
    static final JAXBContext CONTEXT = newContext();

    private static JAXBContext newContext() {
      try {
        return JAXBContext.newInstance(ServiceRequest.class, ServiceResponse.class);
      } catch (JAXBException e) {
        throw new IllegalStateException("cannot build the JAXB context of the model", e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a request as UTF-8 XML and validates it against the schema.
   *
   * @throws InvalidRequestException if the request breaks the schema; nothing is returned then
   */
  public byte[] marshal(ServiceRequest request) {
    return marshal(request, RequestCheck.NONE);
  }

  /**
   * Writes a request as UTF-8 XML, validates it against the schema and runs a further check on it
   * (the request rules of an operation, typically). Issues of the check are placed at the line and
   * column of their element in the produced XML.
   *
   * @throws InvalidRequestException if the schema or the check finds an error; nothing is returned
   *     then
   */
  public byte[] marshal(ServiceRequest request, RequestCheck check) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(check, "check == null");
    List<ValidationIssue> found = check.check(request);
    byte[] xml = writeValidated(request);
    if (xml != null && found.stream().noneMatch(ValidationIssue::isError)) {
      return xml;
    }
    // Something is wrong: read what was written, to place every issue at its line and column.
    xml = xml != null ? xml : write(request);
    Read read = read(new ByteArrayInputStream(xml), false, true);
    List<ValidationIssue> issues = new ArrayList<>(read.issues);
    for (ValidationIssue issue : found) {
      issues.add(read.locations.locate(issue));
    }
    throw new InvalidRequestException("the request is refused before sending", issues);
  }

  /**
   * Writes an answer as UTF-8 XML and validates it (used by servers such as the sandbox).
   *
   * @throws InvalidResponseException if the answer breaks the schema
   */
  public byte[] marshal(ServiceResponse response) {
    Objects.requireNonNull(response, "response == null");
    byte[] xml = writeValidated(response);
    if (xml != null) {
      return xml;
    }
    List<ValidationIssue> issues =
        read(new ByteArrayInputStream(write(response)), false, true).issues;
    throw new InvalidResponseException("the answer does not match the wire schema", issues);
  }

  /**
   * Marshals into the schema validator and the XML writer at once. Returns the bytes when the
   * validator saw no error and nothing forbidden was written, null otherwise (the caller then reads
   * the plain output back to report the problems with their places).
   */
  private byte[] writeValidated(Object root) {
    IssueSink sink = new IssueSink();
    try (ThreadTools tools = ThreadTools.acquire(sink)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
      TeeWriter tee = new TeeWriter(tools.validator, out, formatted);
      tools.validator.setContentHandler(null);
      tools.marshaller.setProperty(Marshaller.JAXB_FRAGMENT, false);
      tools.marshaller.marshal(root, tee);
      if (sink.hasErrors() || tee.sawForbiddenCharacter()) {
        return null;
      }
      return out.toByteArray();
    } catch (JAXBException e) {
      if (sink.hasErrors()) {
        return null;
      }
      throw new ConnectorException("cannot write " + root.getClass().getSimpleName(), e);
    }
  }

  private byte[] write(Object root) {
    try {
      Marshaller marshaller = context().createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
      marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, formatted);
      ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
      marshaller.marshal(root, out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new ConnectorException("cannot write " + root.getClass().getSimpleName(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads an answer. Unknown elements and enumeration values are warnings in the result.
   *
   * @throws InvalidResponseException if the document is malformed, too large, not a
   *     ServiceResponse, or breaks the schema in a way that is not explained by a newer Qualys
   */
  public Decoded<ServiceResponse> readResponse(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    Read read = read(in, true, true);
    List<ValidationIssue> issues = new ArrayList<>(read.issues);
    if (read.kind != DocumentKind.RESPONSE && !read.hasErrors()) {
      issues.add(
          ValidationIssue.of(
              Severity.ERROR,
              "unexpected-root",
              "",
              "expected a ServiceResponse, found a " + read.kind.name().toLowerCase()));
    }
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      throw new InvalidResponseException("the answer cannot be read", issues);
    }
    ServiceResponse response = (ServiceResponse) read.value;
    UnknownValues.dropNullItems(response);
    countCheck(response).ifPresent(issues::add);
    return new Decoded<>(response, issues, read.locations);
  }

  /** Reads an answer from bytes; see {@link #readResponse(InputStream)}. */
  public Decoded<ServiceResponse> readResponse(byte[] xml) {
    Objects.requireNonNull(xml, "xml == null");
    return readResponse(new ByteArrayInputStream(xml));
  }

  /**
   * Reads a request, strictly: an unknown element is an error here, since the server would refuse
   * it.
   *
   * @throws InvalidRequestException if the document is malformed, too large, not a ServiceRequest,
   *     or breaks the schema
   */
  public Decoded<ServiceRequest> readRequest(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    Read read = read(in, true, true);
    List<ValidationIssue> issues = new ArrayList<>(read.issues);
    if (read.kind != DocumentKind.REQUEST && !read.hasErrors()) {
      issues.add(
          ValidationIssue.of(
              Severity.ERROR,
              "unexpected-root",
              "",
              "expected a ServiceRequest, found a " + read.kind.name().toLowerCase()));
    }
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      throw new InvalidRequestException("the request cannot be read", issues);
    }
    return new Decoded<>((ServiceRequest) read.value, issues, read.locations);
  }

  /** Reads a request from bytes; see {@link #readRequest(InputStream)}. */
  public Decoded<ServiceRequest> readRequest(byte[] xml) {
    Objects.requireNonNull(xml, "xml == null");
    return readRequest(new ByteArrayInputStream(xml));
  }

  // ---------------------------------------------------------------------------------------------
  // Validating

  /**
   * Validates a document offline: a request strictly, an answer leniently (unknown elements and
   * enumeration values are warnings). Builds no objects and needs no {@code JAXBContext}.
   */
  public ValidationReport validate(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    Read read = read(in, false, false);
    return new ValidationReport(read.kind, read.issues);
  }

  /**
   * Validates a document offline and, when it is a schema-valid request, runs a further check on
   * the request it holds (the request rules of an operation), placing each issue at its element's
   * line and column. Answers get the schema checks only.
   */
  public ValidationReport validate(InputStream in, RequestCheck check) {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(check, "check == null");
    Read read = read(in, true, true);
    List<ValidationIssue> issues = new ArrayList<>(read.issues);
    if (read.kind == DocumentKind.REQUEST && read.value != null) {
      for (ValidationIssue issue : check.check((ServiceRequest) read.value)) {
        issues.add(read.locations.locate(issue));
      }
    }
    return new ValidationReport(read.kind, issues);
  }

  /** Validates bytes; see {@link #validate(InputStream)}. */
  public ValidationReport validate(byte[] xml) {
    Objects.requireNonNull(xml, "xml == null");
    return validate(new ByteArrayInputStream(xml));
  }

  /**
   * Validates a file; see {@link #validate(InputStream)}.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ValidationReport validate(Path file) {
    Objects.requireNonNull(file, "file == null");
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static java.util.Optional<ValidationIssue> countCheck(ServiceResponse response) {
    Integer count = response.getCount();
    ResponseData data = response.getData();
    int records =
        data == null
            ? 0
            : data.getAzureAssetDataConnectors().size() + data.getAssetDataConnectorErrors().size();
    if (count != null && count != records) {
      return java.util.Optional.of(
          ValidationIssue.of(
              Severity.WARNING,
              "count-mismatch",
              "/ServiceResponse/count",
              "the answer says count " + count + " but holds " + records + " record(s)"));
    }
    return java.util.Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // The pipeline: parser -> WireFilter -> schema validator -> (binder)

  private static final class Read {
    DocumentKind kind = DocumentKind.UNKNOWN;
    List<ValidationIssue> issues = List.of();
    DocumentLocations locations = DocumentLocations.none();
    Object value;

    boolean hasErrors() {
      return issues.stream().anyMatch(ValidationIssue::isError);
    }
  }

  private Read read(InputStream in, boolean bind, boolean recordLocations) {
    IssueSink sink = new IssueSink();
    try (ThreadTools tools = ThreadTools.acquire(sink)) {
      return read(in, bind, recordLocations, sink, tools);
    }
  }

  private Read read(
      InputStream in, boolean bind, boolean recordLocations, IssueSink sink, ThreadTools tools) {
    WireFilter filter = new WireFilter(schema, sink, recordLocations);
    sink.track(filter::path, filter::kind);
    ValidatorHandler validator = tools.validator;
    filter.setContentHandler(validator);

    if (bind) {
      try {
        tools.unmarshaller.setEventHandler(sink);
      } catch (JAXBException e) {
        throw new ConnectorException("cannot configure the unmarshaller", e);
      }
    } else {
      validator.setContentHandler(new DefaultHandler());
    }

    XMLReader reader = tools.reader;
    filter.setParent(reader);
    filter.setErrorHandler(sink);
    Read read = new Read();
    InputSource input = new InputSource(SecureXml.bounded(in, maxBytes));
    Object value = null;
    try {
      if (bind) {
        value =
            tools.unmarshaller.unmarshal(
                new SAXSource(new PipelineReader(filter, validator), input));
      } else {
        filter.parse(input);
      }
    } catch (SAXException | IOException | JAXBException | IllegalStateException e) {
      failed(e, sink, filter);
    }
    read.kind = filter.kind();
    read.issues = sink.issues();
    read.locations = filter.locations();
    if (bind && !sink.hasErrors() && read.kind != DocumentKind.UNKNOWN) {
      if (value == null) {
        throw new ConnectorException("cannot bind the document: the binder gave no object");
      }
      read.value = value;
    }
    return read;
  }

  /** Turns what stopped a read into an issue (most were reported to the sink already). */
  private static void failed(Exception e, IssueSink sink, WireFilter filter) {
    Throwable cause = e;
    if (e instanceof JAXBException jaxb && jaxb.getLinkedException() != null) {
      cause = jaxb.getLinkedException();
    } else if (e instanceof JAXBException && e.getCause() != null) {
      cause = e.getCause();
    }
    if (cause instanceof SecureXml.TooLargeException tooLarge) {
      sink.add(
          Severity.ERROR,
          "document-too-large",
          filter.path(),
          -1,
          -1,
          "the document is larger than "
              + tooLarge.limit
              + " bytes; raise the codec's maxBytes if that is expected");
    } else if (sink.hasErrors()) {
      // A fatal parse error, or the binder giving up after one: reported already.
      return;
    } else if (cause instanceof SAXException) {
      sink.add(
          Severity.ERROR,
          "xml-not-well-formed",
          filter.path(),
          -1,
          -1,
          String.valueOf(cause.getMessage()));
    } else if (cause instanceof IOException io) {
      throw new UncheckedIOException("cannot read the document", io);
    } else {
      throw new ConnectorException("cannot bind the document", e);
    }
  }

  /** Settings of a codec. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private boolean formatted = true;

    private Builder() {}

    /** The largest document read, in bytes (default {@link #DEFAULT_MAX_BYTES}). */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Whether written XML is indented (default true; readable in logs and dry runs). */
    public Builder formatted(boolean formatted) {
      this.formatted = formatted;
      return this;
    }

    /** The codec. */
    public XmlCodec build() {
      return new XmlCodec(this);
    }
  }
}
