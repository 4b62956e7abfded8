package dev.qpsbind.azure.cli;

import java.io.Console;

/**
 * The person at the keyboard, when there is one: where the command line asks for credentials, and
 * whether progress is worth showing. {@link Environment#system()} wraps {@link System#console()};
 * tests give one of their own.
 */
interface Terminal {

  /** Asks for a line of text, echoed; null at end of input. */
  String readLine(String prompt);

  /** Asks for a secret, not echoed; null at end of input. */
  char[] readPassword(String prompt);

  /** Shows a line that is not part of the command's output (progress), on the terminal. */
  void status(String line);

  /** The terminal of this process, or null when it has none (input or output redirected). */
  static Terminal ofSystem() {
    Console console = System.console();
    if (console == null) {
      return null;
    }
    return new Terminal() {
      @Override
      public String readLine(String prompt) {
        return console.readLine("%s", prompt);
      }

      @Override
      public char[] readPassword(String prompt) {
        return console.readPassword("%s", prompt);
      }

      @Override
      public void status(String line) {
        System.err.println(line);
      }
    };
  }
}
