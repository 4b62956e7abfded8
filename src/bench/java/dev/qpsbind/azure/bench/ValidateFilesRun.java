package dev.qpsbind.azure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code qps-azure validate} over many request files in one run against {@code xmllint} over the
 * same files in one run, start-up included (issue 8, target 2). The files are made from the
 * documented samples (1 and 3, corrected) with varied values; one in ten is broken: a schema rule
 * (five kinds, in turn) in copies of sample 1, the start-date rule in copies of sample 3.
 */
final class ValidateFilesRun {

  private static final String[] BREAKAGES = {
    "<disabled>false</disabled>|<disabled>YES</disabled>",
    "<runFrequency>300</runFrequency>|<runFrequncy>300</runFrequncy>",
    "<runFrequency>300</runFrequency>|<runFrequency>hourly</runFrequency>",
    "<ActivationModule>VM<|<ActivationModule>VMX<",
    "<name>Azure Connector|<name>Azure Connector</name><name>twice"
  };

  private ValidateFilesRun() {}

  /** Generates the files into a folder and returns their paths. */
  static List<Path> generate(Path folder, int count) {
    // The example is sample 1 with GUID-shaped ids, so that clean copies are clean.
    String sample1;
    try {
      sample1 = Files.readString(Path.of("examples", "update-azure-connector.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String sample3 =
        new String(
            BenchData.resourceBytes("/samples/update-request-sample3.xml"), StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>(count);
    try {
      Files.createDirectories(folder);
      for (int i = 0; i < count; i++) {
        String text;
        if (i % 2 == 0) {
          text =
              sample1
                  .replace("<id>2004</id>", "<id>" + (10_000 + i) + "</id>")
                  .replace("Azure Connector", "Azure Connector " + i)
                  .replace("<runFrequency>300<", "<runFrequency>" + (60 + i % 1380) + "<");
          if (i % 10 == 8) {
            String[] change = BREAKAGES[(i / 10) % BREAKAGES.length].split("\\|");
            text = text.replace(change[0], change[1]);
          }
        } else {
          String date =
              i % 10 == 9
                  ? "31/05/2022"
                  : String.format(Locale.ROOT, "%02d/%02d/2025", 1 + i % 12, 1 + i % 28);
          text =
              sample3
                  .replace("update azure 01", "scan " + i)
                  .replace("05/31/2022", date)
                  .replace("<optionProfileId>2<", "<optionProfileId>" + (1 + i % 50) + "<");
        }
        Path file = folder.resolve(String.format(Locale.ROOT, "request-%05d.xml", i));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Runs both tools over the files; returns the table rows. */
  static List<String> run(int count, int repeats) {
    Path folder = Path.of("target", "bench-files");
    List<Path> files = generate(folder, count);
    List<String> names = files.stream().map(Path::toString).toList();

    List<String> xmllint =
        new ArrayList<>(
            List.of("xmllint", "--noout", "--schema", "xsd/azure_asset_data_connector.xsd"));
    xmllint.addAll(names);
    List<String> validate = new ArrayList<>(List.of("validate"));
    validate.addAll(names);

    Processes.Run lint = Processes.best(xmllint, repeats);
    Processes.Run ours = Processes.best(Processes.cli(List.of(), validate), repeats);
    Processes.Run oursC1 =
        Processes.best(Processes.cli(List.of("-XX:TieredStopAtLevel=1"), validate), repeats);

    long lintFailed =
        lint.output().lines().filter(line -> line.endsWith(" fails to validate")).count();
    String summary =
        ours.output().lines().filter(l -> l.contains("file(s) checked")).findFirst().orElse("?");
    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            "xmllint --schema, " + count + " files (" + lintFailed + " refused)",
            lint.millis(),
            lint.millis(),
            null));
    rows.add(
        row(
            "qps-azure validate, " + count + " files (" + summary + ")",
            ours.millis(),
            lint.millis(),
            1.0));
    rows.add(row("same, java -XX:TieredStopAtLevel=1", oursC1.millis(), lint.millis(), 1.0));
    return rows;
  }

  private static String row(String name, double millis, double baseline, Double target) {
    String goal =
        target == null
            ? ""
            : "<= " + target + "x " + (millis / baseline <= target ? "met" : "MISSED");
    return String.format(
        Locale.ROOT, "| %s | %.0f ms | %.2f | %s |", name, millis, millis / baseline, goal);
  }
}
