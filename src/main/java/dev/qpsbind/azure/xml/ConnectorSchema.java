package dev.qpsbind.azure.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The bundled wire schema, compiled once per JVM, plus a small index of which child elements each
 * complex type declares. The index lets readers tell an element that Qualys added after our schema
 * was written (a warning in answers) from one that is merely in the wrong place (an error).
 *
 * <p>The files are read from the classpath ({@code dev/qpsbind/azure/xsd/}), the very ones xjc
 * compiled; nothing is fetched over a network. Thread-safe.
 */
public final class ConnectorSchema {

  /** Where the schema files are on the classpath. */
  public static final String RESOURCE_FOLDER = "/dev/qpsbind/azure/xsd/";

  /** The entry point; it includes its siblings. */
  public static final String ENTRY = "azure_asset_data_connector.xsd";

  /** Root element of requests. */
  public static final String REQUEST_ROOT = "ServiceRequest";

  /** Root element of answers. */
  public static final String RESPONSE_ROOT = "ServiceResponse";

  private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

  private final Schema schema;
  private final Map<String, Map<String, String>> childrenByType;
  private final Map<String, String> rootTypes;
  private final Set<String> repeatable = new HashSet<>();
  private final Map<String, Map<String, Integer>> positions = new HashMap<>();

  private ConnectorSchema() {
    URL entry = resource(ENTRY);
    this.schema = compile(entry);
    Map<String, Map<String, String>> children = new HashMap<>();
    Map<String, String> roots = new HashMap<>();
    index(children, roots);
    this.childrenByType = Collections.unmodifiableMap(children);
    this.rootTypes = Collections.unmodifiableMap(roots);
  }

  /** The shared instance (compiled on first use). */
  public static ConnectorSchema get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ConnectorSchema INSTANCE = new ConnectorSchema();
  }

  /** The compiled schema; thread-safe, as {@link Schema} is. */
  public Schema schema() {
    return schema;
  }

  /**
   * The 0-based position of a child among the children its type declares, or -1 when the type
   * declares no such child.
   */
  int position(String typeKey, String childName) {
    Map<String, Integer> byName = typeKey == null ? null : positions.get(typeKey);
    Integer position = byName == null ? null : byName.get(childName);
    return position == null ? -1 : position;
  }

  /** Whether a child element may appear more than once in its parent type. */
  boolean isRepeatable(String typeKey, String childName) {
    return repeatable.contains(typeKey + "/" + childName);
  }

  /** The type key of a root element, or null if it is not one of ours. */
  String rootType(String elementName) {
    return rootTypes.get(elementName);
  }

  /**
   * The child elements a type declares, by name, each mapped to its own type key; null when the
   * type has no element content of its own (simple types, simple content, unknown types).
   */
  Map<String, String> children(String typeKey) {
    return typeKey == null ? null : childrenByType.get(typeKey);
  }

  private static URL resource(String file) {
    URL url = ConnectorSchema.class.getResource(RESOURCE_FOLDER + file);
    if (url == null) {
      throw new IllegalStateException(
          "schema file " + RESOURCE_FOLDER + file + " is missing from the classpath");
    }
    return url;
  }

  private static Schema compile(URL entry) {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // Includes are siblings inside our own jar (or folder); never a network address.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(new StreamSource(entry.toExternalForm()));
    } catch (SAXException e) {
      throw new IllegalStateException("the bundled schema does not compile: " + e.getMessage(), e);
    }
  }

  private void index(Map<String, Map<String, String>> children, Map<String, String> roots) {
    Deque<String> pending = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    pending.add(ENTRY);
    while (!pending.isEmpty()) {
      String file = pending.poll();
      if (!seen.add(file)) {
        continue;
      }
      Element root = parse(file).getDocumentElement();
      for (Element child : elements(root)) {
        switch (child.getLocalName()) {
          case "include" -> pending.add(child.getAttribute("schemaLocation"));
          case "complexType" -> indexType(child.getAttribute("name"), child, children);
          case "element" -> {
            String name = child.getAttribute("name");
            String key = typeKeyOf(child, children);
            roots.put(name, key);
          }
          default -> {
            // simple types and comments carry no child elements
          }
        }
      }
    }
  }

  /** Type key of an element declaration; anonymous complex types are indexed as "#name". */
  private String typeKeyOf(Element declaration, Map<String, Map<String, String>> children) {
    if (declaration.hasAttribute("type")) {
      return declaration.getAttribute("type");
    }
    for (Element inner : elements(declaration)) {
      if ("complexType".equals(inner.getLocalName())) {
        String key = "#" + declaration.getAttribute("name");
        indexType(key, inner, children);
        return key;
      }
    }
    return null;
  }

  private void indexType(
      String key, Element complexType, Map<String, Map<String, String>> children) {
    Map<String, String> declared = new LinkedHashMap<>();
    boolean elementContent = collect(key, complexType, declared, children);
    if (elementContent) {
      children.put(key, Collections.unmodifiableMap(declared));
      Map<String, Integer> byName = new HashMap<>();
      for (String name : declared.keySet()) {
        byName.put(name, byName.size());
      }
      positions.put(key, byName);
    }
  }

  /** Walks all/sequence/choice groups; returns false for simple content. */
  private boolean collect(
      String key,
      Element group,
      Map<String, String> declared,
      Map<String, Map<String, String>> children) {
    boolean elementContent = false;
    for (Element child : elements(group)) {
      switch (child.getLocalName()) {
        case "all", "sequence", "choice" -> {
          collect(key, child, declared, children);
          elementContent = true;
        }
        case "element" -> {
          declared.put(child.getAttribute("name"), typeKeyOf(child, children));
          String max = child.getAttribute("maxOccurs");
          if (!max.isEmpty() && !max.equals("1") && !max.equals("0")) {
            repeatable.add(key + "/" + child.getAttribute("name"));
          }
          elementContent = true;
        }
        default -> {
          // attributes, annotations, simpleContent
        }
      }
    }
    return elementContent;
  }

  private static Document parse(String file) {
    try (InputStream in = resource(file).openStream()) {
      return SecureXml.newDomFactory().newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema file " + file, e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("cannot parse schema file " + file, e);
    }
  }

  private static Iterable<Element> elements(Element parent) {
    java.util.List<Element> out = new java.util.ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && XS.equals(element.getNamespaceURI())) {
        out.add(element);
      }
    }
    return out;
  }
}
