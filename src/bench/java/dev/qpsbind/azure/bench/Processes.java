package dev.qpsbind.azure.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs child processes and times them from the outside, start-up included. */
final class Processes {

  private Processes() {}

  /** What a run printed and how long it took, in milliseconds of wall-clock time. */
  record Run(int exitCode, String output, double millis) {}

  /** Runs a command, its output captured, and returns how long it took. */
  static Run run(List<String> command) {
    try {
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.PIPE)
              .start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + command.get(0));
      }
      double millis = (System.nanoTime() - start) / 1e6;
      return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8), millis);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The best of {@code times} runs (the least disturbed by the rest of the machine). */
  static Run best(List<String> command, int times) {
    Run best = null;
    for (int i = 0; i < times; i++) {
      Run run = run(command);
      if (best == null || run.millis() < best.millis()) {
        best = run;
      }
    }
    return best;
  }

  /** {@code java} of this JVM with the given options, main class and arguments. */
  static List<String> java(List<String> options, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /** {@code java -jar target/qps-azure.jar} with options and arguments. */
  static List<String> cli(List<String> options, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-jar");
    command.add(new File("target/qps-azure.jar").getPath());
    command.addAll(args);
    return command;
  }
}
