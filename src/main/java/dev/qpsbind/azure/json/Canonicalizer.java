package dev.qpsbind.azure.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qpsbind.azure.json.JsonTree.Arr;
import dev.qpsbind.azure.json.JsonTree.Member;
import dev.qpsbind.azure.json.JsonTree.Node;
import dev.qpsbind.azure.json.JsonTree.Obj;
import dev.qpsbind.azure.json.JsonTree.Position;
import dev.qpsbind.azure.json.JsonTree.Scalar;
import dev.qpsbind.azure.json.ModelShapes.Property;
import dev.qpsbind.azure.json.ModelShapes.Shape;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.Suggestions;
import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a document in any of the shapes Qualys uses into the one shape Jackson binds to the
 * generated classes (each member named as its XML element, repeated members as arrays), guided only
 * by {@link ModelShapes}. On the way it:
 *
 * <ul>
 *   <li>reads an answer's {@code data} and every {@code list} given as an array of single-key
 *       objects ({@code [{"TagSimple":{...}}, ...]}), as an object keyed by item type, or, for a
 *       wrapper of one item type, as a bare array of items;
 *   <li>takes a single value where an array is usual and a one-element array where a single value
 *       is usual;
 *   <li>joins the values of a repeated key, in order, when the member repeats (warning that the
 *       document repeats a key); a repeated key of a single-valued member is an error;
 *   <li>leaves out members the model does not know: warnings in answers (Qualys adds fields without
 *       changing the API version), errors in requests (the server would refuse them);
 *   <li>treats {@code null} as absent;
 *   <li>records, for every element path in the form of {@link DocumentLocations} and for every JSON
 *       pointer of the canonical tree, the line and column the value came from.
 * </ul>
 *
 * Scalar values are passed on as written; their types are checked when Jackson binds them. One
 * instance per document; not thread-safe.
 */
final class Canonicalizer {

  /** Where a value of the canonical tree came from: its element path, its JSON position. */
  record Place(String path, Position position, String name) {}

  /** What came out. */
  record Result(
      DocumentKind kind,
      Class<?> rootType,
      ObjectNode content,
      List<ValidationIssue> issues,
      Map<String, DocumentLocations.Location> locations,
      Map<String, Place> places) {

    boolean hasErrors() {
      return issues.stream().anyMatch(ValidationIssue::isError);
    }
  }

  private static final String REQUEST_ROOT = "ServiceRequest";
  private static final String RESPONSE_ROOT = "ServiceResponse";

  private final ModelShapes shapes;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final List<ValidationIssue> issues = new ArrayList<>();
  private final Map<String, DocumentLocations.Location> locations = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  private DocumentKind kind = DocumentKind.UNKNOWN;

  private Canonicalizer(ModelShapes shapes) {
    this.shapes = shapes;
  }

  static Result run(Node root, ModelShapes shapes) {
    return new Canonicalizer(shapes).root(root);
  }

  private Result root(Node root) {
    if (!(root instanceof Obj document)) {
      add(
          Severity.ERROR,
          "unknown-root",
          "",
          root.position(),
          "the document is "
              + root.describe()
              + "; it must be an object with one key,"
              + " ServiceRequest or ServiceResponse");
      return result(null, null);
    }
    Member top =
        document.members().stream()
            .filter(m -> m.name().equals(REQUEST_ROOT) || m.name().equals(RESPONSE_ROOT))
            .findFirst()
            .orElse(null);
    if (top == null) {
      String keys =
          document.members().stream()
              .map(Member::name)
              .distinct()
              .map(n -> "'" + n + "'")
              .collect(Collectors.joining(", "));
      boolean wrapped = document.members().stream().anyMatch(m -> m.name().equals("root"));
      add(
          Severity.ERROR,
          "unknown-root",
          "",
          document.position(),
          (keys.isEmpty() ? "the document is an empty object" : "the document's keys are " + keys)
              + "; it must have one key, ServiceRequest or ServiceResponse"
              + (wrapped ? " (drop the 'root' wrapper the documentation's sample 1 shows)" : ""));
      return result(null, null);
    }
    kind = top.name().equals(REQUEST_ROOT) ? DocumentKind.REQUEST : DocumentKind.RESPONSE;
    Class<?> type = kind == DocumentKind.REQUEST ? ServiceRequest.class : ServiceResponse.class;
    String path = "/" + top.name();
    for (Member other : document.members()) {
      if (other == top) {
        continue;
      }
      if (other.name().equals(top.name())) {
        add(
            Severity.ERROR,
            "duplicate-element",
            path,
            other.position(),
            "the document repeats its root key '" + top.name() + "'; it holds one " + top.name());
      } else {
        boolean answer = kind == DocumentKind.RESPONSE;
        add(
            answer ? Severity.WARNING : Severity.ERROR,
            "unknown-element",
            "/" + other.name(),
            other.position(),
            "'"
                + other.name()
                + "' is a second key at the top of the document, besides '"
                + top.name()
                + "'; a document has one"
                + (answer ? ". It was skipped" : ""));
      }
    }
    remember(path, JsonPointer.empty(), top.position(), top.name());
    JsonNode content =
        object(
            top.value(), shapes.shape(type), path, JsonPointer.empty(), top.name(), top.position());
    ObjectNode body = content instanceof ObjectNode object ? object : nodes.objectNode();
    return result(type, body);
  }

  private Result result(Class<?> type, ObjectNode content) {
    return new Result(
        kind, type, content, List.copyOf(issues), Map.copyOf(locations), Map.copyOf(places));
  }

  // ---------------------------------------------------------------------------------------------
  // Objects

  /** An object of the given shape; null when absent or refused. */
  private JsonNode object(
      Node node, Shape shape, String path, JsonPointer pointer, String name, Position at) {
    List<Member> members;
    boolean repeatsExpected = false;
    Node value = node;
    if (value instanceof Arr array && shape.itemsHolder()) {
      members = keyedItems(array, shape, path, name);
      repeatsExpected = true;
    } else {
      value = single(value, path, name, at);
      if (value == null) {
        return null;
      }
      if (value instanceof Arr array && shape.itemsHolder()) {
        members = keyedItems(array, shape, path, name);
        repeatsExpected = true;
      } else if (value instanceof Obj object) {
        members = object.members();
      } else {
        add(
            Severity.ERROR,
            "json-type",
            path,
            value.position(),
            "'"
                + name
                + "' is an object ("
                + shape.type().getSimpleName()
                + ") with members "
                + shape.names()
                + "; found "
                + value.describe());
        return null;
      }
    }

    ObjectNode out = nodes.objectNode();
    Map<String, List<Member>> groups = new LinkedHashMap<>();
    for (Member member : members) {
      groups.computeIfAbsent(member.name(), k -> new ArrayList<>()).add(member);
    }
    for (Map.Entry<String, List<Member>> group : groups.entrySet()) {
      Property property = shape.properties().get(group.getKey());
      List<Member> occurrences = group.getValue();
      if (property == null) {
        for (Member member : occurrences) {
          unknown(member, describe(name, shape), path + "/" + member.name(), shape.names());
        }
      } else if (property.repeated()) {
        if (occurrences.size() > 1 && !repeatsExpected) {
          repeatedKey(occurrences, path, value);
        }
        repeated(property, occurrences, out, path, pointer);
      } else {
        if (occurrences.size() > 1) {
          Member second = occurrences.get(1);
          add(
              Severity.ERROR,
              "duplicate-element",
              path + "/" + second.name() + "[2]",
              second.position(),
              "'"
                  + second.name()
                  + "' appears "
                  + occurrences.size()
                  + " times in "
                  + describe(name, shape)
                  + "; it holds one value (the first is read)");
        }
        singleValued(property, occurrences.get(0), out, path, pointer);
      }
    }
    return out;
  }

  /** The members of an items holder written as an array, one member per item. */
  private List<Member> keyedItems(Arr array, Shape shape, String path, String name) {
    List<Member> members = new ArrayList<>();
    String only =
        shape.properties().size() == 1 ? shape.properties().keySet().iterator().next() : null;
    for (Node item : array.items()) {
      if (item instanceof Obj object
          && object.members().size() == 1
          && (only == null || shape.properties().containsKey(object.members().get(0).name()))) {
        members.add(object.members().get(0));
      } else if (only != null) {
        members.add(new Member(only, item, item.position()));
      } else if (!(item instanceof Scalar scalar && scalar.isNull())) {
        add(
            Severity.ERROR,
            "json-type",
            path,
            item.position(),
            "each item of '"
                + name
                + "' is an object with one key naming its type ("
                + shape.names()
                + "); found "
                + item.describe());
      }
    }
    return members;
  }

  private void repeated(
      Property property,
      List<Member> occurrences,
      ObjectNode out,
      String path,
      JsonPointer pointer) {
    ArrayNode values = nodes.arrayNode();
    int index = 0;
    for (Member member : occurrences) {
      List<Node> items =
          member.value() instanceof Arr array ? array.items() : List.of(member.value());
      for (Node item : items) {
        if (item instanceof Scalar scalar && scalar.isNull()) {
          continue;
        }
        index++;
        String itemPath = path + "/" + property.name() + (index == 1 ? "" : "[" + index + "]");
        JsonPointer itemPointer =
            pointer.appendProperty(property.name()).appendIndex(values.size());
        Position at = items.size() == 1 ? member.position() : item.position();
        remember(itemPath, itemPointer, at, property.name());
        JsonNode value = value(item, property, property.valueType(), itemPath, itemPointer, at);
        if (value != null) {
          values.add(value);
        }
      }
    }
    if (!values.isEmpty()) {
      out.set(property.name(), values);
    }
  }

  private void singleValued(
      Property property, Member member, ObjectNode out, String path, JsonPointer pointer) {
    String childPath =
        property.text() ? path : path + "/" + (property.attribute() ? "@" : "") + property.name();
    JsonPointer childPointer = pointer.appendProperty(property.name());
    if (!property.text()) {
      remember(childPath, childPointer, member.position(), property.name());
    } else {
      places.put(childPointer.toString(), new Place(path, member.position(), property.name()));
    }
    Shape shape = shapes.shape(property.type());
    Node node = member.value();
    // An items holder takes an array as a whole (the answer form); anything else, one value.
    if (!(node instanceof Arr && shape != null && shape.itemsHolder())) {
      node = single(node, childPath, property.name(), member.position());
      if (node == null) {
        return;
      }
    }
    JsonNode value =
        value(node, property, property.type(), childPath, childPointer, member.position());
    if (value != null) {
      out.set(property.name(), value);
    }
  }

  /** One value (an object or a scalar) of a member. */
  private JsonNode value(
      Node node, Property property, JavaType type, String path, JsonPointer pointer, Position at) {
    Shape shape = shapes.shape(type);
    if (shape != null) {
      return object(node, shape, path, pointer, property.name(), at);
    }
    if (node instanceof Scalar scalar) {
      return scalar.isNull() ? null : scalar.value();
    }
    add(
        Severity.ERROR,
        "json-type",
        path,
        node.position(),
        "'" + property.name() + "' holds one " + kindOfValue(type) + "; found " + node.describe());
    return null;
  }

  /**
   * A value where one is expected: null is absent, a one-element array is its element, an empty
   * array is absent; a longer array is refused (null returned).
   */
  private Node single(Node node, String path, String name, Position at) {
    if (node instanceof Scalar scalar && scalar.isNull()) {
      return null;
    }
    if (node instanceof Arr array) {
      if (array.items().isEmpty()) {
        return null;
      }
      if (array.items().size() == 1) {
        return single(array.items().get(0), path, name, at);
      }
      add(
          Severity.ERROR,
          "json-type",
          path,
          array.position(),
          "'" + name + "' holds one value; found an array of " + array.items().size());
      return null;
    }
    return node;
  }

  // ---------------------------------------------------------------------------------------------
  // Issues and places

  private void unknown(Member member, String parent, String path, String known) {
    boolean answer = kind == DocumentKind.RESPONSE;
    String suggestion = closest(member.name(), known);
    String message =
        "'"
            + member.name()
            + "' is not a member of "
            + parent
            + (answer
                ? "; it is probably a field Qualys added after this schema was written, and it"
                    + " was skipped"
                : (suggestion == null ? "." : "; did you mean '" + suggestion + "'?")
                    + " Known members here: "
                    + known);
    add(
        answer ? Severity.WARNING : Severity.ERROR,
        "unknown-element",
        path,
        member.position(),
        message);
  }

  private void repeatedKey(List<Member> occurrences, String path, Node object) {
    Member second = occurrences.get(1);
    String lines =
        occurrences.stream()
            .map(m -> String.valueOf(m.position().line()))
            .collect(Collectors.joining(", "));
    String pointer = object.pointer().toString();
    add(
        Severity.WARNING,
        "duplicate-key",
        path + "/" + second.name() + "[2]",
        second.position(),
        "the document repeats the key '"
            + second.name()
            + "' "
            + occurrences.size()
            + " times in one object (JSON pointer '"
            + (pointer.isEmpty() ? "/" : pointer)
            + "', lines "
            + lines
            + "); all "
            + occurrences.size()
            + " values are read, in"
            + " order, as the items of an array. Many JSON parsers keep only the last: write"
            + " the key once, with an array");
  }

  private void remember(String path, JsonPointer pointer, Position at, String name) {
    locations.putIfAbsent(
        DocumentLocations.normalise(path), new DocumentLocations.Location(at.line(), at.column()));
    places.put(pointer.toString(), new Place(path, at, name));
  }

  private void add(Severity severity, String rule, String path, Position at, String message) {
    issues.add(new ValidationIssue(severity, rule, path, at.line(), at.column(), message));
  }

  private static String describe(String name, Shape shape) {
    String type = shape.type().getSimpleName();
    return type.equals(name) ? "'" + name + "'" : "'" + name + "' (" + type + ")";
  }

  private static String kindOfValue(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == Boolean.class || raw == boolean.class) {
      return "boolean";
    }
    if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      return "number";
    }
    if (raw.isEnum()) {
      return "value of " + raw.getSimpleName();
    }
    return "string";
  }

  /** The known name nearest to a misspelling, from the comma-separated list of known names. */
  static String closest(String name, String known) {
    return Suggestions.closest(name, java.util.Arrays.asList(known.split(", ")));
  }
}
