package dev.qpsbind.azure.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints one table of figures and ratios. {@code -Dbench.quick=true} runs
 * one very short iteration of each, in process: it proves the benchmarks run, not how fast.
 */
public final class BenchMain {

  private BenchMain() {}

  /** Entry point of {@code ./mvnw -B -Pbench verify}. */
  public static void main(String[] args) throws RunnerException {
    boolean quick = Boolean.getBoolean("bench.quick");
    // -Dbench.include=REGEX runs only the matching JMH benchmarks; -Dbench.runs=false skips the
    // timed process runs (many-file validate, searchAll, start-up).
    String include = System.getProperty("bench.include", "");
    boolean runs = Boolean.parseBoolean(System.getProperty("bench.runs", "true"));
    ChainedOptionsBuilder options = new OptionsBuilder().shouldFailOnError(true);
    if (include.isEmpty()) {
      options.include(CodecBench.class.getName()).include(ClientBench.class.getName());
    } else {
      options.include(include);
    }
    if (quick) {
      options
          .forks(0)
          .warmupIterations(0)
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(200));
    } else {
      options
          .forks(1)
          .warmupIterations(3)
          .warmupTime(TimeValue.seconds(2))
          .measurementIterations(5)
          .measurementTime(TimeValue.seconds(2))
          .jvmArgs("-Xms512m", "-Xmx512m");
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, Double> micros = new LinkedHashMap<>();
    Map<String, Double> errors = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      micros.put(name, result.getPrimaryResult().getScore());
      errors.put(name, result.getPrimaryResult().getScoreError());
    }
    System.out.println();
    System.out.println("| Benchmark | us/op | ± | ratio | target |");
    System.out.println("| --- | ---: | ---: | ---: | --- |");
    row(micros, errors, "marshalPlain", null, null);
    row(micros, errors, "marshalNaiveSchema", "marshalPlain", null);
    row(micros, errors, "marshalValidated", "marshalPlain", 3.0);
    row(micros, errors, "unmarshalSmallPlain", null, null);
    row(micros, errors, "unmarshalSmallValidated", "unmarshalSmallPlain", 1.7);
    row(micros, errors, "unmarshalPagePlain", null, null);
    row(micros, errors, "unmarshalPageValidated", "unmarshalPagePlain", 1.4);
    row(micros, errors, "rawJerseyPost", null, null);
    row(micros, errors, "validatedUpdate", "rawJerseyPost", 1.2);

    if (runs) {
      System.out.println();
      System.out.println("| Run | time | ratio | target / result |");
      System.out.println("| --- | ---: | ---: | --- |");
      ValidateFilesRun.run(quick ? 200 : 10_000, quick ? 1 : 3).forEach(System.out::println);
      SearchAllRun.run(quick ? 3 : 100, quick ? 100 : 1000, "64m").forEach(System.out::println);
      StartupRun.run(quick ? 1 : 5).forEach(System.out::println);
    }
    if (quick) {
      System.out.println("(quick run: one short iteration of each, figures are not meaningful)");
    }
    // Jersey and the loopback servers may leave non-daemon threads behind in a forkless run.
    System.exit(0);
  }

  private static void row(
      Map<String, Double> micros,
      Map<String, Double> errors,
      String name,
      String baseline,
      Double target) {
    Double value = micros.get(name);
    if (value == null) {
      return;
    }
    String ratio = baseline == null ? "1.00" : format(value / micros.get(baseline));
    String goal =
        target == null
            ? ""
            : "<= "
                + format(target)
                + "x "
                + (value / micros.get(baseline) <= target ? "met" : "MISSED");
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.2f | %s | %s |%n",
        name,
        value,
        errors.getOrDefault(name, Double.NaN),
        ratio,
        goal);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
