package dev.qpsbind.azure.rules;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.validation.ValidationIssue;
import java.util.List;

/**
 * The API's documented rules beyond the schema, per operation.
 *
 * <p>TODO: placeholder with the final signatures; the rules themselves are being written (issue 3).
 * Until then it finds nothing.
 */
public final class RequestRules {

  private static final RequestRules STANDARD = new RequestRules();

  private RequestRules() {}

  /** Every rule switched on. */
  public static RequestRules standard() {
    return STANDARD;
  }

  /**
   * The issues of a request for an operation.
   *
   * @param pathId the id in the path (update, delete, get, run by id), or null
   */
  public List<ValidationIssue> check(ServiceRequest request, Operation operation, Long pathId) {
    return List.of();
  }

  /** The rules of one operation as a check the codec runs before writing. */
  public RequestCheck forOperation(Operation operation, Long pathId) {
    return request -> check(request, operation, pathId);
  }
}
