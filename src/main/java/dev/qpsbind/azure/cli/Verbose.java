package dev.qpsbind.azure.cli;

/** A command that knows whether it was asked for {@code --verbose}. */
interface Verbose {

  /** Whether failures should show their stack trace. */
  boolean verbose();

  /** The literal secrets of this run, to be masked in whatever a failure prints. */
  default Secrets secrets() {
    return new Secrets();
  }
}
