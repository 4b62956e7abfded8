package dev.qpsbind.azure.bench;

import dev.qpsbind.azure.xml.ConnectorSchema;
import dev.qpsbind.azure.xml.XmlCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time costs, each in a fresh JVM (issue 8, target 5): compiling the schema, building the
 * {@code JAXBContext}, and the whole cold start of {@code qps-azure validate} on one file.
 */
final class StartupRun {

  private StartupRun() {}

  static List<String> run(int repeats) {
    List<String> rows = new ArrayList<>();
    rows.add(row("schema compiled (ConnectorSchema.get), fresh JVM", child("schema", repeats)));
    rows.add(row("JAXBContext built (XmlCodec.context), fresh JVM", child("context", repeats)));
    Processes.Run cold =
        Processes.best(
            Processes.cli(List.of(), List.of("validate", "examples/update-azure-connector.xml")),
            repeats);
    rows.add(
        String.format(
            Locale.ROOT,
            "| qps-azure validate, one file, cold start (whole process) | %.0f ms | | |",
            cold.millis()));
    Processes.Run coldC1 =
        Processes.best(
            Processes.cli(
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of("validate", "examples/update-azure-connector.xml")),
            repeats);
    rows.add(
        String.format(
            Locale.ROOT,
            "| same, java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC | %.0f ms | | |",
            coldC1.millis()));
    return rows;
  }

  private static double child(String what, int repeats) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      Processes.Run run =
          Processes.run(Processes.java(List.of(), StartupRun.class.getName(), what));
      String line =
          run.output()
              .lines()
              .filter(l -> l.startsWith("millis "))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("startup child failed: " + run.output()));
      best = Math.min(best, Double.parseDouble(line.substring("millis ".length())));
    }
    return best;
  }

  private static String row(String name, double millis) {
    return String.format(Locale.ROOT, "| %s | %.0f ms | | |", name, millis);
  }

  /** The child: times one thing in a fresh JVM. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Object built = args[0].equals("schema") ? ConnectorSchema.get() : XmlCodec.context();
    double millis = (System.nanoTime() - start) / 1e6;
    System.out.println(built.getClass().getSimpleName().isEmpty() ? "" : "millis " + millis);
  }
}
