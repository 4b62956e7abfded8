package dev.qpsbind.azure.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON document as written, with the line and column of every key and value and every repeated
 * key kept. Jackson's own tree keeps neither (a repeated key silently replaces the earlier value),
 * and both matter here: the documentation's sample 2 repeats a key, and every issue found later, on
 * the objects or on their XML twin, is placed back at its line and column in this text.
 *
 * <p>Input is UTF-8 (RFC 8259 requires it between systems; a byte order mark is skipped), decoded
 * strictly, so columns count characters. Not thread-safe in use; the nodes are immutable.
 */
final class JsonTree {

  /** A line and column, both 1-based. */
  record Position(int line, int column) {}

  /** A JSON value. */
  sealed interface Node permits Obj, Arr, Scalar {
    /** Where the value starts. */
    Position position();

    /** Its JSON pointer in the document (ambiguous below a repeated key, as JSON is there). */
    JsonPointer pointer();

    /** A word for error messages: an object, an array, a string... */
    String describe();
  }

  /** One {@code "key": value} of an object; the position is the key's. */
  record Member(String name, Node value, Position position) {}

  /** An object, members in document order, repeated keys included. */
  record Obj(List<Member> members, Position position, JsonPointer pointer) implements Node {
    @Override
    public String describe() {
      return "an object";
    }
  }

  /** An array. */
  record Arr(List<Node> items, Position position, JsonPointer pointer) implements Node {
    @Override
    public String describe() {
      return "an array of " + items.size();
    }
  }

  /** A string, number, boolean or null, as Jackson's tree holds it. */
  record Scalar(JsonNode value, Position position, JsonPointer pointer) implements Node {
    boolean isNull() {
      return value.isNull();
    }

    @Override
    public String describe() {
      if (value.isTextual()) {
        return "a string";
      }
      if (value.isNumber()) {
        return "a number";
      }
      if (value.isBoolean()) {
        return "a boolean";
      }
      return "null";
    }
  }

  /** Thrown when the text is not a JSON document; carries where and why. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Position position;

    MalformedException(String message, Position position) {
      super(message);
      this.position = position;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private JsonTree() {}

  /**
   * Parses one JSON document.
   *
   * @param secretKeys keys whose values must never appear in a message, even a parse error's
   */
  static Node parse(byte[] bytes, JsonFactory factory, java.util.Set<String> secretKeys)
      throws MalformedException {
    char[] text = decodeUtf8(bytes);
    try (JsonParser parser = factory.createParser(text)) {
      return document(parser, secretKeys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
  }

  private static Node document(JsonParser parser, java.util.Set<String> secretKeys)
      throws MalformedException, IOException {
    try {
      if (parser.nextToken() == null) {
        throw new MalformedException("the document is empty", new Position(1, 1));
      }
      Node root = read(parser, JsonPointer.empty());
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new MalformedException(
            "there is more after the end of the document ("
                + after.asString()
                + "...); a"
                + " document holds one object",
            position(parser.currentTokenLocation()));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new MalformedException(
          "the document is nested deeper than "
              + JsonCodec.MAX_DEPTH
              + " levels (a connector"
              + " document needs about 12)",
          position(parser.currentLocation()));
    } catch (JsonProcessingException e) {
      throw new MalformedException(describe(e, secretKeys), where(e, parser));
    }
  }

  private static Node read(JsonParser parser, JsonPointer pointer) throws IOException {
    Position at = position(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        List<Member> members = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          Position keyAt = position(parser.currentTokenLocation());
          parser.nextToken();
          members.add(new Member(name, read(parser, pointer.appendProperty(name)), keyAt));
        }
        return new Obj(List.copyOf(members), at, pointer);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser, pointer.appendIndex(items.size())));
        }
        return new Arr(List.copyOf(items), at, pointer);
      }
      case VALUE_STRING -> {
        return new Scalar(NODES.textNode(parser.getText()), at, pointer);
      }
      case VALUE_NUMBER_INT -> {
        return new Scalar(NODES.numberNode(parser.getBigIntegerValue()), at, pointer);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Scalar(NODES.numberNode(parser.getDecimalValue()), at, pointer);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(NODES.booleanNode(token == JsonToken.VALUE_TRUE), at, pointer);
      }
      case VALUE_NULL -> {
        return new Scalar(NODES.nullNode(), at, pointer);
      }
      default -> throw new IllegalStateException("unexpected token " + token);
    }
  }

  /** Where the parser failed; the exception does not always say, the parser does. */
  private static Position where(JsonProcessingException e, JsonParser parser) {
    JsonLocation location = e.getLocation();
    if (location == null) {
      location = parser.currentLocation();
    }
    return location == null ? new Position(-1, -1) : position(location);
  }

  private static Position position(JsonLocation location) {
    return new Position(location.getLineNr(), location.getColumnNr());
  }

  /**
   * Jackson's message without its source excerpt, and without the offending token when the parser
   * stood inside a secret (an unquoted {@code authenticationKey} value would be quoted back).
   */
  private static String describe(JsonProcessingException e, java.util.Set<String> secretKeys) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("(code 160)")) {
      return "the document has a no-break space (U+00A0) outside a string, as text copied from a"
          + " web page often has (the samples of the Qualys documentation do); JSON allows only"
          + " spaces, tabs and line breaks there: replace it with a space";
    }
    Object processor = e.getProcessor();
    if (processor instanceof JsonParser parser) {
      String name =
          parser.getParsingContext() == null ? null : parser.getParsingContext().getCurrentName();
      if (name != null && secretKeys.contains(name)) {
        message = "the value of '" + name + "' is not well-formed JSON (not shown: it is a secret)";
      }
    }
    return message;
  }

  private static char[] decodeUtf8(byte[] bytes) throws MalformedException {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new MalformedException(
          "the document is not UTF-8 text: byte offset "
              + in.position()
              + " starts no character"
              + " (JSON between systems is UTF-8)",
          lineAndColumn(out));
    }
    decoder.flush(out);
    out.flip();
    char[] chars = new char[out.remaining()];
    out.get(chars);
    return chars;
  }

  private static Position lineAndColumn(CharBuffer decodedSoFar) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decodedSoFar.position(); i++) {
      if (decodedSoFar.get(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }
}
