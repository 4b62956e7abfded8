package dev.qpsbind.azure.error;

import java.util.OptionalLong;

/**
 * The connector does not exist, or is outside the caller's scope (Qualys answers both with {@code
 * OBJECT_NOT_FOUND}). Also thrown when a {@code get} (or an update or delete by id) answers {@code
 * SUCCESS} with no connector in it: a search that finds nothing returns an empty page instead.
 */
public class ConnectorNotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Long connectorId;

  /**
   * An exception for a connector id.
   *
   * @param summary what failed
   * @param details what the server said
   * @param connectorId the id asked for, or null when the call had none (a filter)
   */
  public ConnectorNotFoundException(String summary, Details details, Long connectorId) {
    super(summary, details);
    this.connectorId = connectorId;
  }

  /** The id asked for, when the call named one. */
  public OptionalLong connectorId() {
    return connectorId == null ? OptionalLong.empty() : OptionalLong.of(connectorId);
  }
}
