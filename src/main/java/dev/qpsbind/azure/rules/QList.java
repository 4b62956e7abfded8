package dev.qpsbind.azure.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A uniform view of one collection of the model ({@code TagSimpleQList}, {@code
 * ActivationModuleQList}, ...), which share a shape but no Java type: the members present ({@code
 * list}, {@code set}, {@code add}, {@code remove}, {@code update}), whether {@code count} is
 * present, and every item with its element path. Immutable.
 *
 * @param <T> the item type
 */
final class QList<T> {

  /** The members that change a collection in a request. */
  static final List<String> ACTIONS = List.of("set", "add", "remove", "update");

  /** One item and the path of its element. */
  record Item<T>(T value, String path) {}

  private final String path;
  private final boolean hasCount;
  private final Map<String, List<Item<T>>> members;

  private QList(String path, boolean hasCount, Map<String, List<Item<T>>> members) {
    this.path = path;
    this.hasCount = hasCount;
    this.members = members;
  }

  /**
   * The view of a collection.
   *
   * @param path the path of the collection element
   * @param itemName the element name of its items
   * @param count its count member, or null
   * @param wrappers its list, set, add, remove and update members, in that order, each or null
   * @param items how to get the item list out of a member
   */
  static <W, T> QList<T> of(
      String path, String itemName, Integer count, List<W> wrappers, Function<W, List<T>> items) {
    List<String> names = List.of("list", "set", "add", "remove", "update");
    Map<String, List<Item<T>>> members = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      W wrapper = wrappers.get(i);
      if (wrapper == null) {
        continue;
      }
      String memberPath = path + "/" + names.get(i);
      List<Item<T>> found = new ArrayList<>();
      List<T> values = items.apply(wrapper);
      for (int index = 0; index < values.size(); index++) {
        found.add(
            new Item<>(values.get(index), memberPath + "/" + Context.segment(itemName, index)));
      }
      members.put(names.get(i), List.copyOf(found));
    }
    return new QList<>(path, count != null, members);
  }

  /** The path of the collection element. */
  String path() {
    return path;
  }

  boolean hasCount() {
    return hasCount;
  }

  boolean hasList() {
    return members.containsKey("list");
  }

  /** The request members present, in the order set, add, remove, update. */
  List<String> actions() {
    return ACTIONS.stream().filter(members::containsKey).toList();
  }

  /** The items of one member (empty when the member is absent). */
  List<Item<T>> items(String member) {
    return members.getOrDefault(member, List.of());
  }

  /** The items a request sends: those of set, add, remove and update. */
  List<Item<T>> requestItems() {
    List<Item<T>> out = new ArrayList<>();
    ACTIONS.forEach(action -> out.addAll(items(action)));
    return out;
  }

  /** The items that describe what the collection should hold: those of set, add and update. */
  List<Item<T>> keptItems() {
    List<Item<T>> out = new ArrayList<>(items("set"));
    out.addAll(items("add"));
    out.addAll(items("update"));
    return out;
  }

  /** Every item, the answer-only list included. */
  List<Item<T>> allItems() {
    List<Item<T>> out = new ArrayList<>(items("list"));
    out.addAll(requestItems());
    return out;
  }
}
