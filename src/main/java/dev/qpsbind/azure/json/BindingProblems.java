package dev.qpsbind.azure.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.qpsbind.azure.json.Canonicalizer.Place;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import jakarta.xml.bind.annotation.XmlEnumValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jackson's hook for values it cannot bind. Instead of failing on the first bad value, it records
 * an issue at the value's element path and JSON line and column, and binds null there, so one read
 * reports every bad value. A value that is not a boolean, a number out of range or an unknown
 * enumeration value in a request is an error; an unknown enumeration value in an answer is a
 * warning (Qualys adds values without changing the API version), and the field reads as null.
 *
 * <p>The per-read state travels as a Jackson context attribute ({@link #KEY}), so the one handler
 * registered on the shared mapper serves concurrent reads. Values of secret members are never
 * quoted. Thread-safe.
 */
final class BindingProblems extends DeserializationProblemHandler {

  /** The context attribute holding the {@link Collector} of the current read. */
  static final Object KEY = Collector.class;

  /** Members whose values never appear in a message. */
  static final Set<String> SECRET_KEYS = Set.of("authenticationKey", "password");

  /** The issues of one read. Not thread-safe: one per read. */
  static final class Collector {
    private final DocumentKind kind;
    private final Map<String, Place> places;
    private final List<ValidationIssue> issues = new ArrayList<>();

    Collector(DocumentKind kind, Map<String, Place> places) {
      this.kind = kind;
      this.places = places;
    }

    List<ValidationIssue> issues() {
      return List.copyOf(issues);
    }

    /** Where the value at a JSON pointer of the canonical tree came from. */
    Place place(String pointer) {
      Place place = places.get(pointer);
      return place == null
          ? new Place("", new JsonTree.Position(-1, -1), lastSegment(pointer))
          : place;
    }

    void add(Severity severity, String rule, Place place, String message) {
      issues.add(
          new ValidationIssue(
              severity,
              rule,
              place.path(),
              place.position().line(),
              place.position().column(),
              message));
    }
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext context, Class<?> targetType, String value, String failureMessage) {
    return refuse(context, targetType, value);
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext context, Class<?> targetType, Number value, String failureMessage) {
    return refuse(context, targetType, String.valueOf(value));
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext context,
      JavaType targetType,
      JsonToken token,
      JsonParser parser,
      String failureMessage)
      throws IOException {
    Collector collector = collector(context);
    if (collector == null) {
      return NOT_HANDLED;
    }
    Place place = collector.place(pointer(parser));
    collector.add(
        Severity.ERROR,
        "invalid-value",
        place,
        "'"
            + place.name()
            + "' takes "
            + expected(targetType.getRawClass())
            + "; found "
            + (token == null
                ? "nothing"
                : token.asString() == null ? token.name() : "'" + token.asString() + "'"));
    parser.skipChildren();
    return null;
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext context,
      JsonParser parser,
      JsonDeserializer<?> deserializer,
      Object bean,
      String propertyName)
      throws IOException {
    // The canonicalizer has already taken unknown members out; this is only a safety net.
    Collector collector = collector(context);
    if (collector == null) {
      return false;
    }
    Place place = collector.place(pointer(parser));
    collector.add(
        collector.kind == DocumentKind.RESPONSE ? Severity.WARNING : Severity.ERROR,
        "unknown-element",
        place,
        "'" + propertyName + "' is not a member here; it was skipped");
    parser.skipChildren();
    return true;
  }

  private Object refuse(DeserializationContext context, Class<?> targetType, String value) {
    Collector collector = collector(context);
    if (collector == null) {
      return NOT_HANDLED;
    }
    Place place = collector.place(pointer(context.getParser()));
    String shown =
        SECRET_KEYS.contains(place.name())
            ? "a value (not shown: a secret)"
            : "'" + abbreviate(value) + "'";
    if (targetType.isEnum() && collector.kind == DocumentKind.RESPONSE) {
      collector.add(
          Severity.WARNING,
          "unknown-enum-value",
          place,
          shown
              + " is not a value of "
              + targetType.getSimpleName()
              + " known to this library ("
              + enumValues(targetType)
              + "); Qualys may have added it after this schema was"
              + " written. '"
              + place.name()
              + "' reads as null");
    } else {
      collector.add(
          Severity.ERROR,
          "invalid-value",
          place,
          "'" + place.name() + "' takes " + expected(targetType) + "; found " + shown);
    }
    return null;
  }

  private static Collector collector(DeserializationContext context) {
    return context.getAttribute(KEY) instanceof Collector collector ? collector : null;
  }

  /** The JSON pointer, in the canonical tree, of the value the parser stands on. */
  private static String pointer(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    if (parser.currentToken() == JsonToken.START_OBJECT
        || parser.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private static String lastSegment(String pointer) {
    JsonPointer parsed = JsonPointer.compile(pointer);
    JsonPointer last = parsed.last();
    return last == null ? "" : last.getMatchingProperty();
  }

  /** What a type takes, in words, for messages. */
  static String expected(Class<?> type) {
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean, true or false (the strings \"true\", \"false\", \"1\" and \"0\" are read"
          + " too)";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }
    if (type == Long.class || type == long.class) {
      return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    return "a " + type.getSimpleName();
  }

  /** The wire spellings of an enumeration, from the same annotation the XML binding reads. */
  static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> wireName(type, (Enum<?>) constant))
        .collect(Collectors.joining(", "));
  }

  private static String wireName(Class<?> type, Enum<?> constant) {
    try {
      XmlEnumValue annotation = type.getField(constant.name()).getAnnotation(XmlEnumValue.class);
      return annotation == null ? constant.name() : annotation.value();
    } catch (NoSuchFieldException e) {
      return constant.name();
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
