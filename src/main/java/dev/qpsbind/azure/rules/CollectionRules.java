package dev.qpsbind.azure.rules;

import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import java.util.List;

/** The shape of collections in requests: request members only, one of them at a time. */
final class CollectionRules {

  private CollectionRules() {}

  static void check(Context context) {
    AzureAssetDataConnector connector = context.connector();
    if (connector == null) {
      return;
    }
    for (QList<?> q : Parts.all(connector)) {
      String name = lastSegment(q.path());
      if (q.hasList()) {
        context.report(
            Rule.COLLECTION_READ_ONLY,
            q.path() + "/list",
            "'list' in "
                + name
                + " is how answers show a collection; a request changes it with set (replace),"
                + " add, remove or update: to send back what a get returned, rename list to set");
      }
      if (q.hasCount()) {
        context.report(
            Rule.COLLECTION_READ_ONLY,
            q.path() + "/count",
            "'count' in " + name + " is only in answers; remove it");
      }
      List<String> actions = q.actions();
      if (actions.size() > 1) {
        context.report(
            Rule.COLLECTION_ONE_ACTION,
            q.path() + "/" + actions.get(1),
            name
                + " carries "
                + String.join(" and ", actions)
                + "; send one of set, add, remove, update per request (set replaces the whole"
                + " collection) and the others in another update");
      } else if (actions.isEmpty() && !q.hasList()) {
        context.report(
            Rule.COLLECTION_ONE_ACTION,
            q.path(),
            name
                + " carries none of set, add, remove, update, so it changes nothing; add one,"
                + " or leave "
                + name
                + " out");
      }
    }
    activation(context, connector);
  }

  private static void activation(Context context, AzureAssetDataConnector connector) {
    QList<ActivationModule> activation = Parts.activation(connector);
    if (activation == null) {
      return;
    }
    List<ActivationModule> turnedOn =
        activation.items("set").stream().map(QList.Item::value).toList();
    List<ActivationModule> added = activation.items("add").stream().map(QList.Item::value).toList();
    boolean pc = turnedOn.contains(ActivationModule.PC) || added.contains(ActivationModule.PC);
    boolean sca = turnedOn.contains(ActivationModule.SCA) || added.contains(ActivationModule.SCA);
    if (pc && sca) {
      context.report(
          Rule.ACTIVATION_PC_WITH_SCA,
          activation.path(),
          "activation turns on both PC and SCA; Qualys' own connector script refuses this pair,"
              + " so activate one of them");
    }
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
