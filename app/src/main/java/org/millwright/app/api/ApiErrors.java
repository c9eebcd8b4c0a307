package org.millwright.app.api;

import java.util.stream.Collectors;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.SystemUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Problem details (RFC 9457) that name what is wrong with a request, not just that it is wrong. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, "invalid request: " + problems);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, "request body is not valid JSON for this"
                + " operation: " + (cause.getMessage() == null ? cause.toString() : firstLine(cause.getMessage())));
        return handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * A system of record failed a business service: 503 (with {@code Retry-After} when the system is known to be
     * down) when the same request may succeed later, 422 when the system refused it; the system's own text attached.
     */
    @ExceptionHandler(ConnectorException.class)
    ResponseEntity<ProblemDetail> systemOfRecordFailed(ConnectorException e) {
        HttpStatus status = e.isRetriable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        body.setTitle(e.isRetriable() ? "System of record unavailable" : "Refused by the system of record");
        body.setProperty("system", e.system());
        body.setProperty("operation", e.operation());
        body.setProperty("retriable", e.isRetriable());
        body.setProperty("upstreamMessage", e.upstreamMessage());
        var response = ResponseEntity.status(status);
        if (e instanceof SystemUnavailableException unavailable) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, unavailable.retryAfter().toSeconds())));
        }
        return response.body(body);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
