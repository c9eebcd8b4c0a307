package org.millwright.sandbox.internal.http;

/** A request the sandbox refuses; becomes {@code {"error":{"code":...,"message":...}}} with the given status. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "validation_failed", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "invalid_transition", message);
    }

    public static ApiException unprocessable(String code, String message) {
        return new ApiException(422, code, message);
    }

    public static ApiException unavailable(String code, String message) {
        return new ApiException(503, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The JSON answer for this refusal. */
    public Response toResponse() {
        return Response.error(status, code, getMessage());
    }
}
