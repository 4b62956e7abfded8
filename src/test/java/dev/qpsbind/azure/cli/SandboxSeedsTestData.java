package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import java.time.LocalDate;

/** Records for the errors search of a test sandbox. */
final class SandboxSeedsTestData {

  private SandboxSeedsTestData() {}

  static AssetDataConnectorErrors error(String message) {
    AssetDataConnectorErrors error = new AssetDataConnectorErrors();
    error.setErrorMessage(message);
    error.setCreated(LocalDate.of(2025, 3, 1));
    return error;
  }
}
