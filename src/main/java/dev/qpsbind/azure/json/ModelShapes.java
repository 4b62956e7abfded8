package dev.qpsbind.azure.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Jackson knows about the generated classes, seen the way the Qualys JSON needs it: for each
 * class, its JSON members (named by the Jakarta XML Binding annotations, exactly as the XML
 * elements), which of them repeat, which are XML attributes. Nothing here is written by hand per
 * class: it is all read from Jackson's introspection of the annotated model, so a schema change
 * reaches the JSON form with the next build.
 *
 * <p>A class is a <em>value</em> (string, number, boolean, date, enumeration) when it is an enum, a
 * primitive or a JDK class; anything else is an <em>object</em> with members. An object whose
 * members all repeat is an <em>items holder</em>: a collection wrapper ({@code set}, {@code list},
 * ...) or the {@code data} of an answer. Thread-safe: shapes are immutable and cached.
 */
final class ModelShapes {

  /** One JSON member of an object. */
  record Property(String name, JavaType type, boolean repeated, boolean attribute, boolean text) {
    /** The type of one value: the element type of a repeated member. */
    JavaType valueType() {
      return repeated ? type.getContentType() : type;
    }
  }

  /** The members of one class, in declaration order (the schema's order). */
  record Shape(Class<?> type, Map<String, Property> properties) {
    /** Whether every member repeats: a collection wrapper or an answer's data. */
    boolean itemsHolder() {
      return !properties.isEmpty() && properties.values().stream().allMatch(Property::repeated);
    }

    /** The member names, in order, for messages. */
    String names() {
      return String.join(", ", properties.keySet());
    }
  }

  private final ObjectMapper mapper;
  private final Map<Class<?>, Shape> cache = new ConcurrentHashMap<>();

  ModelShapes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Whether values of this type are JSON scalars rather than objects. */
  static boolean isValue(JavaType type) {
    Class<?> raw = type.getRawClass();
    return type.isEnumType()
        || raw.isPrimitive()
        || raw.getName().startsWith("java.")
        || raw.getName().startsWith("javax.");
  }

  /** The shape of an object type, or null for a value type. */
  Shape shape(JavaType type) {
    if (isValue(type) || type.isContainerType()) {
      return null;
    }
    return cache.computeIfAbsent(type.getRawClass(), raw -> introspect(type));
  }

  /** The shape of a class; see {@link #shape(JavaType)}. */
  Shape shape(Class<?> type) {
    return shape(mapper.constructType(type));
  }

  private Shape introspect(JavaType type) {
    BeanDescription description = mapper.getDeserializationConfig().introspect(type);
    List<BeanPropertyDefinition> definitions =
        new java.util.ArrayList<>(description.findProperties());
    definitions.sort(Comparator.comparingInt(d -> declarationIndex(type.getRawClass(), d)));
    Map<String, Property> properties = new LinkedHashMap<>();
    for (BeanPropertyDefinition definition : definitions) {
      AnnotatedMember member = definition.getPrimaryMember();
      JavaType propertyType = definition.getPrimaryType();
      boolean repeated = propertyType.isCollectionLikeType() || propertyType.isArrayType();
      properties.put(
          definition.getName(),
          new Property(
              definition.getName(),
              propertyType,
              repeated,
              member != null && member.hasAnnotation(XmlAttribute.class),
              member != null && member.hasAnnotation(XmlValue.class)));
    }
    return new Shape(type.getRawClass(), Collections.unmodifiableMap(properties));
  }

  /**
   * The position of a property's field among the declared fields, so that members follow the
   * schema's order (Jackson itself moves renamed properties to the end).
   */
  static int declarationIndex(Class<?> type, BeanPropertyDefinition definition) {
    AnnotatedField field = definition.getField();
    return field == null ? Integer.MAX_VALUE : declarationIndex(type, field.getAnnotated());
  }

  static int declarationIndex(Class<?> type, Field field) {
    int index = Arrays.asList(type.getDeclaredFields()).indexOf(field);
    return index < 0 ? Integer.MAX_VALUE : index;
  }
}
