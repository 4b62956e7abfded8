package dev.qpsbind.azure.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Qualys user and password of a run: from {@code QUALYS_USERNAME} and {@code QUALYS_PASSWORD},
 * or asked for on the terminal (the password is not echoed). Never from a command-line option,
 * which would leave the password in the shell history and the process list. {@code toString()}
 * never shows the password.
 *
 * @param username the user name
 * @param password the password
 */
record Credentials(String username, char[] password) {

  /**
   * The credentials of this environment, asking on its terminal for what the variables do not give.
   *
   * @param out flushed before a prompt, so that what was printed so far is seen first
   * @throws CliFailure if a value is missing and there is no terminal to ask, or none is typed
   */
  static Credentials resolve(Environment environment, PrintWriter out) {
    String username = environment.variable(Environment.USERNAME);
    String password = environment.variable(Environment.PASSWORD);
    if (username != null && password != null) {
      return new Credentials(username, password.toCharArray());
    }
    Terminal terminal = environment.terminal();
    if (terminal == null) {
      List<String> missing = new ArrayList<>();
      if (username == null) {
        missing.add(Environment.USERNAME);
      }
      if (password == null) {
        missing.add(Environment.PASSWORD);
      }
      throw new CliFailure(
          "no Qualys credentials: set "
              + String.join(" and ", missing)
              + " (or run in a terminal to be asked)");
    }
    out.flush();
    if (username == null) {
      username = terminal.readLine("Qualys user name: ");
      if (username == null || username.isBlank()) {
        throw new CliFailure("no Qualys user name given");
      }
      username = username.strip();
    }
    char[] typed =
        password != null
            ? password.toCharArray()
            : terminal.readPassword("Qualys password for '" + username + "': ");
    if (typed == null || typed.length == 0) {
      throw new CliFailure("no Qualys password given");
    }
    return new Credentials(username, typed);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Credentials that
        && username.equals(that.username)
        && Arrays.equals(password, that.password);
  }

  @Override
  public int hashCode() {
    return username.hashCode() * 31 + Arrays.hashCode(password);
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=" + Secrets.MASK + "]";
  }
}
