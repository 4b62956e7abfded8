package dev.qpsbind.azure.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** No variables, no terminal: nothing of the machine running the tests leaks in. */
  static final Environment BARE = environment(Map.of(), null);

  /** Runs in the bare environment. */
  static CliRun of(String... args) {
    return in(BARE, args);
  }

  /** Runs in an environment with these variables and no terminal. */
  static CliRun with(Map<String, String> variables, String... args) {
    return in(environment(variables, null), args);
  }

  /** Runs in this environment. */
  static CliRun in(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = QpsAzure.run(args, new PrintWriter(out), new PrintWriter(err), environment);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** An environment whose foreground servers stop at once. */
  static Environment environment(Map<String, String> variables, Terminal terminal) {
    return new Environment(variables, terminal, Runnable::run);
  }

  /** Both streams, for assertions about what was printed anywhere. */
  String all() {
    return out + err;
  }

  /** The lines of stderr. */
  java.util.List<String> errLines() {
    return err.lines().toList();
  }
}
