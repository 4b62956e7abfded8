package dev.qpsbind.azure.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import dev.qpsbind.azure.error.ConnectorException;
import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.json.Canonicalizer.Place;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.Decoded;
import dev.qpsbind.azure.xml.XmlCodec;
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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the Qualys JSON form of the Azure connector API with the same generated classes
 * as {@link XmlCodec}, named by the same annotations, and holds JSON to the same rules as XML.
 *
 * <p>Writing follows the documented request form: {@code {"ServiceRequest":{"data":
 * {"AzureAssetDataConnector":{...}}}}}, collections as {@code {"set":{"TagSimple":[...]}}} with an
 * array even for one item, real JSON booleans and numbers, filters as {@code {"filters":
 * {"Criteria":[{"field":"name","operator":"EQUALS","value":"x"}]}}}, no null member, no empty array
 * and never a repeated key. Answers are written as Qualys writes them: {@code
 * {"ServiceResponse":{"responseCode":"SUCCESS","count":1,"data":[{"AzureAssetDataConnector":
 * {...}}]}}}, with each {@code list} wrapper as {@code [{"TagSimple":{...}}, ...]}. A wrapper or a
 * string the caller set empty is kept ({@code "set":{}}, {@code "description":""}), since the XML
 * form sends it too ({@code <set/>}).
 *
 * <p>Reading is tolerant the way Qualys answers are: {@code data} as an array of single-key objects
 * or as a bare object; a single item where an array is usual and a one-element array where one
 * value is usual; booleans and numbers as strings ({@code "false"}, {@code "240"}; {@code "0"} and
 * {@code "1"} as booleans, the lexical forms of XML Schema), while anything else ({@code "yes"},
 * {@code ""}) is refused with the member named; {@code list} wrappers in every shape seen; an
 * answer without {@code data} reads as no records ({@code getData()} is null, as from XML). A key
 * the document repeats is read as an array, with a warning naming the key and where it is. Members
 * the model does not know are warnings in answers and errors in requests.
 *
 * <p>Every document read, written or validated also goes through the schema validation of its XML
 * twin (the same object written by {@link XmlCodec}), and a request through the request rules given
 * to {@link #write(ServiceRequest, RequestCheck)} or {@link #validate(InputStream, RequestCheck)},
 * exactly as {@link XmlCodec} applies them, so a JSON request and its XML twin get the same
 * verdict. Every issue carries the element path of {@link DocumentLocations} and the line and
 * column in the JSON text, wherever it was found.
 *
 * <p>Input is UTF-8; input beyond {@link Builder#maxBytes} or nested deeper than 64 levels is
 * refused. Messages never quote an {@code authenticationKey}. Instances are immutable and
 * thread-safe; all share one {@link ObjectMapper}, configured once. Arguments must not be null.
 */
public final class JsonCodec {

  /**
   * The media type of the JSON form; Qualys needs it as {@code Content-Type} and {@code Accept}.
   */
  public static final String MEDIA_TYPE = "application/json";

  /** The default size bound of a document: 32 MiB, as for {@link XmlCodec}. */
  public static final long DEFAULT_MAX_BYTES = XmlCodec.DEFAULT_MAX_BYTES;

  /** Deeper than any connector document (about 12 levels), far below stack trouble. */
  static final int MAX_DEPTH = 64;

  private static final String REQUEST_ROOT = "ServiceRequest";
  private static final String RESPONSE_ROOT = "ServiceResponse";

  private static final ObjectMapper MAPPER = newMapper();
  private static final ModelShapes SHAPES = new ModelShapes(MAPPER);
  // The twin is only ever fed documents this class wrote from already bounded input.
  private static final XmlCodec XML_TWIN =
      XmlCodec.builder().maxBytes(Long.MAX_VALUE).formatted(false).build();
  private static final JsonCodec DEFAULT = builder().build();

  private final long maxBytes;
  private final boolean formatted;

  private JsonCodec(Builder builder) {
    this.maxBytes = builder.maxBytes;
    this.formatted = builder.formatted;
  }

  /** A codec with the default settings. */
  public static JsonCodec create() {
    return DEFAULT;
  }

  /** A builder for a codec with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  private static ObjectMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new JakartaXmlBindAnnotationModule())
        .addModule(new QualysJsonModule())
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
        // The generated getters create empty lists on first use; an empty array says nothing.
        .withConfigOverride(
            List.class,
            o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a request as UTF-8 JSON, checked against the schema on its XML twin.
   *
   * @throws InvalidRequestException if the request breaks the schema; nothing is returned then
   */
  public byte[] write(ServiceRequest request) {
    return write(request, RequestCheck.NONE);
  }

  /**
   * Writes a request as UTF-8 JSON, validates its XML twin against the schema and runs a further
   * check on it (the request rules of an operation, typically), as {@link
   * XmlCodec#marshal(ServiceRequest, RequestCheck)} does. Issues are placed at their line and
   * column in the produced JSON.
   *
   * @throws InvalidRequestException if the schema or the check finds an error; nothing is returned
   *     then
   */
  public byte[] write(ServiceRequest request, RequestCheck check) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(check, "check == null");
    byte[] json = serialize(REQUEST_ROOT, request);
    List<ValidationIssue> issues = new ArrayList<>(XML_TWIN.validate(twinXml(request)).issues());
    issues.addAll(check.check(request));
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      DocumentLocations locations = locationsOf(json);
      throw new InvalidRequestException(
          "the request is refused before sending", relocate(issues, locations));
    }
    return json;
  }

  /**
   * Writes an answer as UTF-8 JSON in the form Qualys answers with (used by servers such as the
   * sandbox), checked against the schema on its XML twin.
   *
   * @throws InvalidResponseException if the answer breaks the schema
   */
  public byte[] write(ServiceResponse response) {
    Objects.requireNonNull(response, "response == null");
    byte[] json = serialize(RESPONSE_ROOT, response);
    List<ValidationIssue> issues = XML_TWIN.validate(twinXml(response)).issues();
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      throw new InvalidResponseException(
          "the answer does not match the wire schema", relocate(issues, locationsOf(json)));
    }
    return json;
  }

  private byte[] serialize(String root, Object value) {
    ObjectWriter writer = MAPPER.writer().withRootName(root);
    if (formatted) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      writer =
          writer.with(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(indenter)
                  .withArrayIndenter(indenter));
    }
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new ConnectorException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static byte[] twinXml(Object root) {
    try {
      Marshaller marshaller = XmlCodec.context().createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
      ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
      marshaller.marshal(root, out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new ConnectorException(
          "cannot write the XML twin of " + root.getClass().getSimpleName(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads an answer. Unknown members and enumeration values, repeated keys and a count that does
   * not match the records are warnings in the result.
   *
   * @throws InvalidResponseException if the document is not JSON, too large, not a ServiceResponse,
   *     or holds a value that cannot be read (a boolean {@code "yes"}, say)
   */
  public Decoded<ServiceResponse> readResponse(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    Read read = read(in, RequestCheck.NONE);
    List<ValidationIssue> issues = new ArrayList<>(read.issues);
    if (read.kind != DocumentKind.RESPONSE && !read.hasErrors()) {
      issues.add(unexpectedRoot("ServiceResponse", read));
    }
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      throw new InvalidResponseException("the answer cannot be read", issues);
    }
    ServiceResponse response = (ServiceResponse) read.value;
    dev.qpsbind.azure.xml.UnknownValues.dropNullItems(response);
    countCheck(response, read.locations).ifPresent(issues::add);
    return new Decoded<>(response, issues, read.locations);
  }

  /** Reads an answer from bytes; see {@link #readResponse(InputStream)}. */
  public Decoded<ServiceResponse> readResponse(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    return readResponse(new ByteArrayInputStream(json));
  }

  /**
   * Reads a request, strictly: an unknown member is an error here, since the server would refuse
   * it. The request is checked against the schema on its XML twin.
   *
   * @throws InvalidRequestException if the document is not JSON, too large, not a ServiceRequest,
   *     holds a value that cannot be read, or breaks the schema
   */
  public Decoded<ServiceRequest> readRequest(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    Read read = read(in, RequestCheck.NONE);
    List<ValidationIssue> issues = new ArrayList<>(read.issues);
    if (read.kind != DocumentKind.REQUEST && !read.hasErrors()) {
      issues.add(unexpectedRoot("ServiceRequest", read));
    }
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      throw new InvalidRequestException("the request cannot be read", issues);
    }
    return new Decoded<>((ServiceRequest) read.value, issues, read.locations);
  }

  /** Reads a request from bytes; see {@link #readRequest(InputStream)}. */
  public Decoded<ServiceRequest> readRequest(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    return readRequest(new ByteArrayInputStream(json));
  }

  // ---------------------------------------------------------------------------------------------
  // Validating

  /**
   * Validates a document offline: a request strictly, an answer leniently (unknown members and
   * enumeration values are warnings). Reports every issue, each at its JSON line and column.
   */
  public ValidationReport validate(InputStream in) {
    return validate(in, RequestCheck.NONE);
  }

  /**
   * Validates a document offline and, when it is a request that passes the schema (on its XML twin,
   * as {@link XmlCodec#validate(InputStream, RequestCheck)} judges it), runs a further check on it
   * (the request rules of an operation), placing each issue at its JSON line and column. Answers
   * get the schema checks only.
   */
  public ValidationReport validate(InputStream in, RequestCheck check) {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(check, "check == null");
    Read read = read(in, check);
    return new ValidationReport(read.kind, read.issues);
  }

  /** Validates bytes; see {@link #validate(InputStream)}. */
  public ValidationReport validate(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    return validate(new ByteArrayInputStream(json));
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

  // ---------------------------------------------------------------------------------------------
  // The pipeline: bytes -> JsonTree -> Canonicalizer -> Jackson binding -> XML twin

  private static final class Read {
    DocumentKind kind = DocumentKind.UNKNOWN;
    List<ValidationIssue> issues = List.of();
    DocumentLocations locations = DocumentLocations.none();
    Object value;

    boolean hasErrors() {
      return issues.stream().anyMatch(ValidationIssue::isError);
    }
  }

  private Read read(InputStream in, RequestCheck check) {
    Read read = new Read();
    byte[] bytes = readBounded(in);
    if (bytes == null) {
      read.issues =
          List.of(
              new ValidationIssue(
                  Severity.ERROR,
                  "document-too-large",
                  "",
                  -1,
                  -1,
                  "the document is larger than "
                      + maxBytes
                      + " bytes; raise the codec's maxBytes if"
                      + " that is expected"));
      return read;
    }
    JsonTree.Node root;
    try {
      root = JsonTree.parse(bytes, MAPPER.getFactory(), BindingProblems.SECRET_KEYS);
    } catch (JsonTree.MalformedException e) {
      read.issues =
          List.of(
              new ValidationIssue(
                  Severity.ERROR,
                  "json-not-well-formed",
                  "",
                  e.position.line(),
                  e.position.column(),
                  e.getMessage()));
      return read;
    }
    Canonicalizer.Result shaped = Canonicalizer.run(root, SHAPES);
    read.kind = shaped.kind();
    read.locations = new DocumentLocations(shaped.locations());
    List<ValidationIssue> issues = new ArrayList<>(shaped.issues());
    if (shaped.rootType() != null) {
      BindingProblems.Collector collector =
          new BindingProblems.Collector(shaped.kind(), shaped.places());
      try {
        read.value =
            MAPPER
                .readerFor(shaped.rootType())
                .withAttribute(BindingProblems.KEY, collector)
                .readValue(shaped.content());
      } catch (DatabindException e) {
        issues.add(bindingFailure(e, collector));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot bind the document", e);
      }
      issues.addAll(collector.issues());
    }
    issues.sort(DOCUMENT_ORDER);
    if (read.value != null && issues.stream().noneMatch(ValidationIssue::isError)) {
      // The XML twin catches what the object model cannot hold back: a required attribute or
      // child left out, say. Its issues are placed back in the JSON text by element path.
      byte[] xml = twinXml(read.value);
      ValidationReport twin =
          read.kind == DocumentKind.REQUEST
              ? XML_TWIN.validate(new ByteArrayInputStream(xml), check)
              : XML_TWIN.validate(xml);
      issues.addAll(relocate(twin.issues(), read.locations));
    }
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      read.value = null;
    }
    read.issues = List.copyOf(issues);
    return read;
  }

  private static final Comparator<ValidationIssue> DOCUMENT_ORDER =
      Comparator.comparingInt((ValidationIssue i) -> i.hasLocation() ? i.line() : Integer.MAX_VALUE)
          .thenComparingInt(ValidationIssue::column);

  /** All bytes of the stream, or null if there are more than {@link #maxBytes}. */
  private byte[] readBounded(InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Builder.LARGEST));
      return bytes.length > maxBytes ? null : bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
  }

  /** A value Jackson could not bind at all (a malformed date, say), placed at its member. */
  private static ValidationIssue bindingFailure(
      DatabindException e, BindingProblems.Collector collector) {
    JsonPointer pointer = JsonPointer.empty();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        pointer =
            reference.getFieldName() != null
                ? pointer.appendProperty(reference.getFieldName())
                : pointer.appendIndex(reference.getIndex());
      }
    }
    Place place = collector.place(pointer.toString());
    String reason =
        BindingProblems.SECRET_KEYS.contains(place.name())
            ? "the value cannot be read (not shown: a secret)"
            : "the value cannot be read: " + e.getOriginalMessage();
    return new ValidationIssue(
        Severity.ERROR,
        "invalid-value",
        place.path(),
        place.position().line(),
        place.position().column(),
        "'" + place.name() + "': " + reason);
  }

  private static ValidationIssue unexpectedRoot(String expected, Read read) {
    DocumentLocations.Location at = read.locations.find("/" + rootName(read.kind));
    return new ValidationIssue(
        Severity.ERROR,
        "unexpected-root",
        "",
        at == null ? -1 : at.line(),
        at == null ? -1 : at.column(),
        "expected a "
            + expected
            + ", found a "
            + read.kind.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String rootName(DocumentKind kind) {
    return kind == DocumentKind.REQUEST ? REQUEST_ROOT : RESPONSE_ROOT;
  }

  /** Issues found on the XML twin or on objects, placed at their JSON line and column. */
  private static List<ValidationIssue> relocate(
      List<ValidationIssue> issues, DocumentLocations locations) {
    List<ValidationIssue> placed = new ArrayList<>(issues.size());
    for (ValidationIssue issue : issues) {
      DocumentLocations.Location at = locations.find(issue.path());
      placed.add(
          new ValidationIssue(
              issue.severity(),
              issue.rule(),
              issue.path(),
              at == null ? -1 : at.line(),
              at == null ? -1 : at.column(),
              issue.message()));
    }
    return placed;
  }

  /** The element locations of a document this class wrote. */
  private static DocumentLocations locationsOf(byte[] json) {
    try {
      JsonTree.Node root = JsonTree.parse(json, MAPPER.getFactory(), BindingProblems.SECRET_KEYS);
      return new DocumentLocations(Canonicalizer.run(root, SHAPES).locations());
    } catch (JsonTree.MalformedException e) {
      throw new IllegalStateException("the codec wrote JSON it cannot read back", e);
    }
  }

  private static Optional<ValidationIssue> countCheck(
      ServiceResponse response, DocumentLocations locations) {
    Integer count = response.getCount();
    ResponseData data = response.getData();
    int records =
        data == null
            ? 0
            : data.getAzureAssetDataConnectors().size() + data.getAssetDataConnectorErrors().size();
    if (count == null || count == records) {
      return Optional.empty();
    }
    String path = "/ServiceResponse/count";
    DocumentLocations.Location at = locations.find(path);
    return Optional.of(
        new ValidationIssue(
            Severity.WARNING,
            "count-mismatch",
            path,
            at == null ? -1 : at.line(),
            at == null ? -1 : at.column(),
            "the answer says count " + count + " but holds " + records + " record(s)"));
  }

  /** Settings of a codec. */
  public static final class Builder {
    /** The largest bound an array can hold. */
    static final long LARGEST = Integer.MAX_VALUE - 16;

    private long maxBytes = DEFAULT_MAX_BYTES;
    private boolean formatted = true;

    private Builder() {}

    /**
     * The largest document read, in bytes (default {@link #DEFAULT_MAX_BYTES}, at most about 2 GiB,
     * since a document is read whole).
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes <= 0 || maxBytes >= LARGEST) {
        throw new IllegalArgumentException(
            "maxBytes must be positive and below " + LARGEST + ": " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Whether written JSON is indented (default true; readable in logs and dry runs). */
    public Builder formatted(boolean formatted) {
      this.formatted = formatted;
      return this;
    }

    /** The codec. */
    public JsonCodec build() {
      return new JsonCodec(this);
    }
  }
}
