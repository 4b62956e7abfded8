package dev.qpsbind.azure.cli;

import java.util.ArrayList;
import java.util.List;

/** A terminal that answers prompts with given values and records what it was asked and shown. */
final class FakeTerminal implements Terminal {

  private final String username;
  private final String password;
  private final List<String> status;
  private final List<String> prompts;

  FakeTerminal(String username, String password, List<String> status) {
    this(username, password, status, new ArrayList<>());
  }

  FakeTerminal(String username, String password, List<String> status, List<String> prompts) {
    this.username = username;
    this.password = password;
    this.status = status;
    this.prompts = prompts;
  }

  @Override
  public String readLine(String prompt) {
    prompts.add("line: " + prompt);
    return username;
  }

  @Override
  public char[] readPassword(String prompt) {
    prompts.add("password: " + prompt);
    return password == null ? null : password.toCharArray();
  }

  @Override
  public void status(String line) {
    status.add(line);
  }
}
