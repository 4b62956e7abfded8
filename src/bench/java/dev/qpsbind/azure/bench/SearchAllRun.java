package dev.qpsbind.azure.bench;

import dev.qpsbind.azure.AzureConnectorClient;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code searchAll} over many pages from the sandbox, handed to a consumer page by page, in a JVM
 * limited to a small heap (issue 8, target 4). The sandbox runs in the parent JVM; the client runs
 * in a child started with {@code -Xmx64m}, which prints what it saw.
 */
final class SearchAllRun {

  private SearchAllRun() {}

  /** Starts a sandbox with {@code pages * pageSize} connectors and runs the child against it. */
  static List<String> run(int pages, int pageSize, String heap) {
    List<AzureAssetDataConnector> connectors = new ArrayList<>(pages * pageSize);
    AzureAssetDataConnector template =
        BenchData.sampleRequest().getData().getAzureAssetDataConnector();
    for (int i = 0; i < pages * pageSize; i++) {
      AzureAssetDataConnector connector = new AzureAssetDataConnector();
      connector.setName(template.getName() + " " + i);
      connector.setDescription(template.getDescription());
      connector.setDefaultTags(template.getDefaultTags());
      connector.setActivation(template.getActivation());
      connector.setRunFrequency(template.getRunFrequency());
      connector.setConnectorAppInfos(template.getConnectorAppInfos());
      connector.setAuthRecord(template.getAuthRecord());
      connectors.add(connector);
    }
    try (QualysSandbox sandbox =
        QualysSandbox.builder()
            .port(0)
            .seed(connectors.toArray(AzureAssetDataConnector[]::new))
            .build()
            .start()) {
      connectors.clear();
      Processes.Run child =
          Processes.run(
              Processes.java(
                  List.of("-Xmx" + heap, "-XX:+UseSerialGC"),
                  SearchAllRun.class.getName(),
                  sandbox.baseUrl(),
                  String.valueOf(pageSize)));
      String result =
          child
              .output()
              .lines()
              .filter(l -> l.startsWith("searchAll:"))
              .findFirst()
              .orElse(
                  "searchAll: FAILED (exit " + child.exitCode() + ") " + lastLines(child.output()));
      boolean complete =
          child.exitCode() == 0 && result.contains(" " + (pages * pageSize) + " connectors");
      return List.of(
          String.format(
              Locale.ROOT,
              "| searchAll, %d pages of %d, client -Xmx%s | %.0f ms | | %s; %s |",
              pages,
              pageSize,
              heap,
              child.millis(),
              result.substring("searchAll:".length()).strip(),
              complete ? "met" : "MISSED"));
    }
  }

  private static String lastLines(String output) {
    List<String> lines = output.lines().toList();
    return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }

  /** The child: pages through everything, keeping only a count. */
  public static void main(String[] args) {
    String baseUrl = args[0];
    int pageSize = Integer.parseInt(args[1]);
    AtomicLong seen = new AtomicLong();
    AtomicLong pages = new AtomicLong();
    Preferences preferences = new Preferences();
    preferences.setLimitResults(pageSize);
    try (AzureConnectorClient client =
        AzureConnectorClient.builder()
            .baseUrl(baseUrl)
            .credentials(QualysSandbox.DEFAULT_USERNAME, QualysSandbox.DEFAULT_PASSWORD)
            .maxPages(1_000_000)
            .build()) {
      long total =
          client.searchAll(
              List.of(),
              preferences,
              page -> {
                seen.addAndGet(page.items().size());
                pages.incrementAndGet();
              });
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "searchAll: %d connectors in %d pages (consumer saw %d), peak heap %.1f MiB%n",
          total,
          pages.get(),
          seen.get(),
          peak / 1048576.0);
    }
  }
}
