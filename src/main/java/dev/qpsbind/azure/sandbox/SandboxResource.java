package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.model.ResponseErrorDetails;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.rules.Operation;
import dev.qpsbind.azure.rules.RequestRules;
import dev.qpsbind.azure.validation.ValidationIssue;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector API paths of a {@link QualysSandbox}; public only because Jersey requires resource
 * classes to be, and not meant for any other use.
 *
 * <p>Every call goes through one pipeline: choose the body formats, apply the faults, read and
 * validate the request (schema, then the request rules of the operation, as the client does), run
 * the operation, write the answer. Errors are answered as Qualys answers them: a {@code
 * ServiceResponse} whose {@code responseCode} names the error, with HTTP 200 (or the status the
 * sandbox was built with). One instance per call; what they share is thread-safe.
 */
@Path("/qps/rest/3.0")
public final class SandboxResource {

  private static final String NOUN = "am/azureassetdataconnector";

  private static final Logger LOG = LoggerFactory.getLogger(SandboxResource.class);

  /** What every call of one sandbox shares. */
  record Services(
      SandboxApi api,
      WireFormats formats,
      SandboxFaults faults,
      Sleeper sleeper,
      int apiErrorStatus) {}

  private final SandboxApi api;
  private final WireFormats formats;
  private final SandboxFaults faults;
  private final Sleeper sleeper;
  private final int apiErrorStatus;

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;
  @Context private Request request;

  /** Built by Jersey for each call, with the services of its sandbox. */
  @Inject
  SandboxResource(Services services) {
    this.api = services.api();
    this.formats = services.formats();
    this.faults = services.faults();
    this.sleeper = services.sleeper();
    this.apiErrorStatus = services.apiErrorStatus();
  }

  /** Create. */
  @POST
  @Path("create/" + NOUN)
  public Response create(byte[] body) {
    return handle(Operation.CREATE, null, body);
  }

  /** Update by filter. */
  @POST
  @Path("update/" + NOUN)
  public Response updateWhere(byte[] body) {
    return handle(Operation.UPDATE_BY_FILTER, null, body);
  }

  /** Update by id. */
  @POST
  @Path("update/" + NOUN + "/{id}")
  public Response update(@PathParam("id") String id, byte[] body) {
    return handle(Operation.UPDATE, id, body);
  }

  /** Get by id. */
  @GET
  @Path("get/" + NOUN + "/{id}")
  public Response get(@PathParam("id") String id) {
    return handle(Operation.GET, id, new byte[0]);
  }

  /** Search. */
  @POST
  @Path("search/" + NOUN)
  public Response search(byte[] body) {
    return handle(Operation.SEARCH, null, body);
  }

  /** Delete by filter. */
  @POST
  @Path("delete/" + NOUN)
  public Response deleteWhere(byte[] body) {
    return handle(Operation.DELETE_BY_FILTER, null, body);
  }

  /** Delete by id. */
  @POST
  @Path("delete/" + NOUN + "/{id}")
  public Response delete(@PathParam("id") String id, byte[] body) {
    return handle(Operation.DELETE, id, body);
  }

  /** Run by id. */
  @POST
  @Path("run/" + NOUN + "/{id}")
  public Response run(@PathParam("id") String id, byte[] body) {
    return handle(Operation.RUN, id, body);
  }

  /** Search the errors of connectors. */
  @POST
  @Path("search/am/assetdataconnectorerrors")
  public Response searchErrors(byte[] body) {
    return handle(Operation.SEARCH_ERRORS, null, body);
  }

  // ---------------------------------------------------------------------------------------------

  private Response handle(Operation operation, String rawId, byte[] body) {
    WireFormat answerFormat = formats.forAnswer(headers.getAcceptableMediaTypes());
    Optional<WireFormat> requestFormat = formats.forRequest(headers.getMediaType());
    if (requestFormat.isEmpty()) {
      return log(
          Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
              .type("text/plain; charset=UTF-8")
              .entity(
                  ("this sandbox cannot read '" + headers.getMediaType() + "' bodies; send XML\n")
                      .getBytes(StandardCharsets.UTF_8))
              .build(),
          "");
    }

    Duration delay = faults.delay();
    if (!delay.isZero()) {
      sleeper.sleep(delay);
    }
    SandboxFaults.RateLimit rateLimit = faults.rateLimit();
    long rateCall = rateLimit == null ? 0 : rateLimit.counter().incrementAndGet();
    if (rateLimit != null && rateCall % rateLimit.calls() == 0) {
      return rateLimited(rateLimit, answerFormat);
    }
    SandboxFaults.Failure failure = faults.failure();
    if (failure != null && failure.counter().incrementAndGet() % failure.calls() == 0) {
      return answer(
          Response.Status.OK.getStatusCode(),
          error(failure.responseCode(), failure.errorMessage()),
          answerFormat,
          rateLimit,
          rateCall);
    }

    try {
      Long id = rawId == null ? null : id(rawId);
      ServiceRequest serviceRequest = read(requestFormat.get(), body);
      for (ValidationIssue issue : RequestRules.standard().check(serviceRequest, operation, id)) {
        if (issue.isError()) {
          throw ApiError.invalid(element(issue.path()), issue.message());
        }
      }
      ServiceResponse response = api.execute(operation, id, serviceRequest);
      return answer(
          Response.Status.OK.getStatusCode(), response, answerFormat, rateLimit, rateCall);
    } catch (ApiError e) {
      return answer(
          apiErrorStatus,
          error(e.responseCode(), e.getMessage()),
          answerFormat,
          rateLimit,
          rateCall);
    } catch (RuntimeException e) {
      // A data file that cannot be written, or a bug: the change was undone.
      LOG.error("{} {} failed", request.getMethod(), uriInfo.getPath(), e);
      return answer(
          Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(),
          error("INTERNAL_ERROR", "the sandbox failed: " + e.getClass().getSimpleName()),
          answerFormat,
          rateLimit,
          rateCall);
    }
  }

  private static long id(String raw) {
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Answered below, as for a non-positive id.
    }
    throw ApiError.invalid("id", "'" + raw + "' is not a valid connector id");
  }

  /** An empty body is an empty request (get, run and delete by id carry none). */
  private static ServiceRequest read(WireFormat format, byte[] body) {
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      return new ServiceRequest();
    }
    try {
      return format.readRequest(body);
    } catch (InvalidRequestException e) {
      List<ValidationIssue> errors = e.errors();
      ValidationIssue first = errors.isEmpty() ? e.issues().get(0) : errors.get(0);
      throw ApiError.invalid(element(first.path()), first.message());
    }
  }

  /**
   * The element an issue path ends with: {@code .../AzureAssetDataConnector/disabled} gives {@code
   * disabled}.
   */
  static String element(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    int bracket = last.indexOf('[');
    if (bracket >= 0) {
      last = last.substring(0, bracket);
    }
    if (last.startsWith("@")) {
      last = last.substring(1);
    }
    return last.isEmpty() ? "ServiceRequest" : last;
  }

  private static ServiceResponse error(String code, String message) {
    ServiceResponse response = new ServiceResponse();
    response.setResponseCode(code);
    ResponseErrorDetails details = new ResponseErrorDetails();
    details.setErrorMessage(message);
    response.setResponseErrorDetails(details);
    return response;
  }

  private Response rateLimited(SandboxFaults.RateLimit rateLimit, WireFormat format) {
    ServiceResponse response =
        error(
            "LIMIT_EXCEEDED",
            "The API rate limit is reached; try again in "
                + rateLimit.waitSeconds()
                + " second(s).");
    return log(
        Response.status(Response.Status.CONFLICT)
            .type(format.answerType())
            .header("X-RateLimit-Limit", rateLimit.calls() - 1)
            .header("X-RateLimit-Remaining", 0)
            .header("X-RateLimit-Window-Sec", rateLimit.waitSeconds())
            .header("X-RateLimit-ToWait-Sec", rateLimit.waitSeconds())
            .entity(format.writeResponse(response))
            .build(),
        "LIMIT_EXCEEDED");
  }

  private Response answer(
      int status,
      ServiceResponse response,
      WireFormat format,
      SandboxFaults.RateLimit rateLimit,
      long rateCall) {
    Response.ResponseBuilder builder =
        Response.status(status).type(format.answerType()).entity(format.writeResponse(response));
    if (rateLimit != null) {
      builder.header("X-RateLimit-Limit", rateLimit.calls() - 1);
      builder.header("X-RateLimit-Remaining", rateLimit.calls() - 1 - rateCall % rateLimit.calls());
    }
    return log(builder.build(), response.getResponseCode());
  }

  private Response log(Response response, String responseCode) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} /{} -> HTTP {} {}",
          request.getMethod(),
          uriInfo.getPath(),
          response.getStatus(),
          responseCode);
    }
    return response;
  }
}
