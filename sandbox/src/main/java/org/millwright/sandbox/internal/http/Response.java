package org.millwright.sandbox.internal.http;

/**
 * An answer: a status and a body that the router writes as JSON.
 *
 * @param status HTTP status
 * @param body   any value Jackson can write (records, lists, maps)
 */
public record Response(int status, Object body) {

    public static Response ok(Object body) {
        return new Response(200, body);
    }

    public static Response created(Object body) {
        return new Response(201, body);
    }

    public static Response error(int status, String code, String message) {
        return new Response(status, new ErrorBody(new ErrorDetail(code, message)));
    }

    /** The uniform error envelope. */
    public record ErrorBody(ErrorDetail error) {
    }

    /** A machine-readable code and a human-readable message naming the problem. */
    public record ErrorDetail(String code, String message) {
    }
}
