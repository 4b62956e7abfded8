package dev.qpsbind.azure.cli;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * What a run of the command line takes from its process besides the arguments: the environment
 * variables, the terminal (or null), and how a foreground server learns it must stop. Tests pass
 * their own to {@link QpsAzure#run(String[], java.io.PrintWriter, java.io.PrintWriter,
 * Environment)}. Immutable.
 *
 * @param variables the environment variables ({@code QUALYS_USERNAME}, {@code QUALYS_PASSWORD})
 * @param terminal the terminal, or null when there is none
 * @param interruption waits until the foreground sandbox must stop
 */
record Environment(Map<String, String> variables, Terminal terminal, Interruption interruption) {

  /** The variable holding the Qualys user name. */
  static final String USERNAME = "QUALYS_USERNAME";

  /** The variable holding the Qualys password. */
  static final String PASSWORD = "QUALYS_PASSWORD";

  Environment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables == null"));
    Objects.requireNonNull(interruption, "interruption == null");
  }

  /** The environment of this process. */
  static Environment system() {
    return new Environment(System.getenv(), Terminal.ofSystem(), Interruption.untilShutdown());
  }

  /** A variable, or null when it is unset or empty. */
  String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** Waits until a foreground server must stop. */
  @FunctionalInterface
  interface Interruption {

    /**
     * Blocks until the server must stop, then runs {@code stop} (on whichever thread notices).
     *
     * @param stop stops the server; run exactly once
     */
    void await(Runnable stop) throws InterruptedException;

    /** Until the JVM shuts down (Ctrl-C, SIGTERM): the stop runs in a shutdown hook. */
    static Interruption untilShutdown() {
      return stop -> {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      stop.run();
                      stopped.countDown();
                    },
                    "qps-azure-stop"));
        stopped.await();
      };
    }
  }
}
