package dev.qpsbind.azure.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.qpsbind.azure.model.ServiceResponse;
import jakarta.xml.bind.annotation.XmlValue;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Jackson extensions that make the generated classes speak Qualys JSON, on top of the Jakarta
 * XML Binding annotation module (which supplies every member name):
 *
 * <ul>
 *   <li>booleans and whole numbers read the way XML Schema reads them, from JSON values or from
 *       strings ({@code "false"}, {@code "1"}, {@code "240"}), and nothing else: {@code "yes"},
 *       {@code ""} or {@code 1.5} go to {@link BindingProblems}, never to a guess;
 *   <li>a blank enumeration value goes to {@link BindingProblems} as well, rather than failing the
 *       whole read;
 *   <li>members are written in declaration order (the schema's), and in answers the {@code list}
 *       wrappers and the {@code data} of the ServiceResponse are written as arrays of single-key
 *       objects ({@code [{"TagSimple":{...}}, ...]}), as Qualys writes them; a null item of a
 *       collection is not written, as JAXB writes none.
 * </ul>
 */
final class QualysJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The wrapper that answers use for collections. */
  static final String LIST = "list";

  /** The member of ServiceResponse that holds the records. */
  static final String DATA = "data";

  QualysJsonModule() {
    super("qualys-json", Version.unknownVersion());
    addDeserializer(Boolean.class, new XsdBooleanDeserializer());
    addDeserializer(
        Integer.class,
        new WholeNumberDeserializer<>(
            Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, BigInteger::intValueExact));
    addDeserializer(
        Long.class,
        new WholeNumberDeserializer<>(
            Long.class, Long.MIN_VALUE, Long.MAX_VALUE, BigInteger::longValueExact));
    setDeserializerModifier(new BlankEnumModifier());
    setSerializerModifier(new WritingModifier());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializationProblemHandler(new BindingProblems());
  }

  // ---------------------------------------------------------------------------------------------
  // Reading scalars

  /** xsd:boolean: true, false, 1, 0 (surrounding whitespace allowed), as JSON or as a string. */
  static final class XsdBooleanDeserializer extends StdScalarDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    XsdBooleanDeserializer() {
      super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      switch (parser.currentToken()) {
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_STRING:
          String text = parser.getText();
          switch (text.strip()) {
            case "true", "1":
              return Boolean.TRUE;
            case "false", "0":
              return Boolean.FALSE;
            default:
              return (Boolean) context.handleWeirdStringValue(Boolean.class, text, "not a boolean");
          }
        case VALUE_NUMBER_INT:
          BigInteger number = parser.getBigIntegerValue();
          if (number.equals(BigInteger.ZERO) || number.equals(BigInteger.ONE)) {
            return number.equals(BigInteger.ONE);
          }
          return (Boolean) context.handleWeirdNumberValue(Boolean.class, number, "not a boolean");
        case VALUE_NUMBER_FLOAT:
          return (Boolean)
              context.handleWeirdNumberValue(Boolean.class, parser.getDecimalValue(), "not 0 or 1");
        default:
          return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
      }
    }
  }

  /** xsd:int and xsd:long: an optional sign and digits, in range, as JSON or as a string. */
  static final class WholeNumberDeserializer<T extends Number> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private static final Pattern LEXICAL = Pattern.compile("[+-]?[0-9]+");

    private final Class<T> type;
    private final BigInteger min;
    private final BigInteger max;
    private final transient Function<BigInteger, T> convert;

    WholeNumberDeserializer(Class<T> type, long min, long max, Function<BigInteger, T> convert) {
      super(type);
      this.type = type;
      this.min = BigInteger.valueOf(min);
      this.max = BigInteger.valueOf(max);
      this.convert = convert;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      switch (parser.currentToken()) {
        case VALUE_NUMBER_INT:
          return inRange(parser.getBigIntegerValue(), context);
        case VALUE_STRING:
          String text = parser.getText();
          String stripped = text.strip();
          if (LEXICAL.matcher(stripped).matches()) {
            BigInteger value = new BigInteger(stripped);
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
              return convert.apply(value);
            }
          }
          return type.cast(context.handleWeirdStringValue(type, text, "not a whole number"));
        case VALUE_NUMBER_FLOAT:
          return type.cast(
              context.handleWeirdNumberValue(type, parser.getDecimalValue(), "not whole"));
        default:
          return type.cast(context.handleUnexpectedToken(type, parser));
      }
    }

    private T inRange(BigInteger value, DeserializationContext context) throws IOException {
      if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
        return convert.apply(value);
      }
      return type.cast(context.handleWeirdNumberValue(type, value, "out of range"));
    }
  }

  /** Sends a blank enumeration value to the problem handler (Jackson would fail the read). */
  static final class BlankEnumModifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config,
        JavaType type,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      return new BlankEnumGuard(deserializer);
    }
  }

  static final class BlankEnumGuard extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    BlankEnumGuard(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new BlankEnumGuard(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getText().isBlank()) {
        return context.handleWeirdStringValue(handledType(), parser.getText(), "blank");
      }
      return super.deserialize(parser, context);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Schema order for members; the answer form for list wrappers and an answer's data; no null item
   * in a collection (JAXB writes none either: an unknown value read from an answer stays out of
   * what is written).
   */
  static final class WritingModifier extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> orderProperties(
        SerializationConfig config,
        BeanDescription description,
        List<BeanPropertyWriter> properties) {
      Class<?> type = description.getBeanClass();
      List<BeanPropertyWriter> ordered = new ArrayList<>(properties);
      // An element's text comes after its attributes, as in XML: {"field", "operator", "value"}.
      ordered.sort(
          Comparator.comparingInt(
              writer ->
                  writer.getMember() instanceof AnnotatedField f && !f.hasAnnotation(XmlValue.class)
                      ? ModelShapes.declarationIndex(type, f.getAnnotated())
                      : Integer.MAX_VALUE));
      return ordered;
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config,
        BeanDescription description,
        List<BeanPropertyWriter> properties) {
      for (BeanPropertyWriter writer : properties) {
        boolean answerData =
            description.getBeanClass() == ServiceResponse.class && DATA.equals(writer.getName());
        if ((answerData || LIST.equals(writer.getName()))
            && isItemsHolder(config, writer.getType())) {
          writer.assignSerializer(new AnswerFormSerializer());
        }
      }
      return properties;
    }

    @Override
    public JsonSerializer<?> modifyCollectionSerializer(
        SerializationConfig config,
        CollectionType type,
        BeanDescription description,
        JsonSerializer<?> serializer) {
      return new WithoutNulls(serializer);
    }

    private static boolean isItemsHolder(SerializationConfig config, JavaType type) {
      if (ModelShapes.isValue(type) || type.isContainerType()) {
        return false;
      }
      List<BeanPropertyDefinition> definitions = config.introspect(type).findProperties();
      return !definitions.isEmpty()
          && definitions.stream()
              .allMatch(
                  d ->
                      d.getPrimaryType().isCollectionLikeType()
                          || d.getPrimaryType().isArrayType());
    }
  }

  /** Writes a collection without its null items, through the collection's own serializer. */
  static final class WithoutNulls extends StdSerializer<Collection<?>>
      implements ContextualSerializer, ResolvableSerializer {
    private static final long serialVersionUID = 1L;
    private final JsonSerializer<Object> delegate;

    @SuppressWarnings("unchecked")
    WithoutNulls(JsonSerializer<?> delegate) {
      super(Collection.class, false);
      this.delegate = (JsonSerializer<Object>) delegate;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      return delegate instanceof ContextualSerializer contextual
          ? new WithoutNulls(contextual.createContextual(provider, property))
          : this;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer resolvable) {
        resolvable.resolve(provider);
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Collection<?> items) {
      return items.stream().noneMatch(Objects::nonNull);
    }

    @Override
    public void serialize(Collection<?> items, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      Collection<?> written =
          items.stream().anyMatch(Objects::isNull)
              ? items.stream().filter(Objects::nonNull).collect(Collectors.toList())
              : items;
      delegate.serialize(written, generator, provider);
    }
  }

  /**
   * Writes an items holder ({@code {"TagSimple":[a, b]}}) as {@code [{"TagSimple":a},
   * {"TagSimple":b}]}: it lets the holder's own serializer write into a buffer, then regroups.
   */
  static final class AnswerFormSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    AnswerFormSerializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object holder, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      JsonSerializer<Object> serializer = provider.findValueSerializer(holder.getClass());
      TokenBuffer buffer = new TokenBuffer(generator.getCodec(), false);
      serializer.serialize(holder, buffer, provider);
      try (JsonParser parser = buffer.asParser(generator.getCodec())) {
        parser.nextToken();
        generator.writeStartArray();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (parser.nextToken() == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              writeKeyed(generator, name, parser);
            }
          } else {
            writeKeyed(generator, name, parser);
          }
        }
        generator.writeEndArray();
      }
    }

    private static void writeKeyed(JsonGenerator generator, String name, JsonParser parser)
        throws IOException {
      generator.writeStartObject();
      generator.writeFieldName(name);
      generator.copyCurrentStructure(parser);
      generator.writeEndObject();
    }
  }
}
