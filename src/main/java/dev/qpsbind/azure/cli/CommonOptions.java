package dev.qpsbind.azure.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {

  @Option(
      names = "--verbose",
      description = "On failure, also print the stack trace (secrets stay masked).")
  boolean verbose;
}
