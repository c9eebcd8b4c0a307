package org.millwright.protocol.opcua.internal.connection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/**
 * A classified connection failure with an operator-facing message that names the endpoint.
 *
 * @param permanent true when retrying cannot help until someone acts (credentials, certificate trust)
 * @param message   what happened and what to do
 */
public record Failure(boolean permanent, String message) {

    /**
     * Classifies why an attempt failed.
     *
     * @param endpoint       for the message
     * @param error          what the attempt threw
     * @param rejectedNow    the server certificate file the trust check wrote during this attempt, if any
     * @param trusted        the folder certificates must be moved to
     * @param failedRetry    how often a permanent failure is retried
     */
    public static Failure classify(String endpoint, Throwable error, Optional<Path> rejectedNow, Path trusted,
                                   Duration failedRetry) {
        if (error instanceof NoMatchingEndpointException) {
            return new Failure(true, error.getMessage() + " (retrying every " + failedRetry + ")");
        }
        Optional<StatusCode> status = UaException.extractStatusCode(error);
        String name = status.map(Failure::name).orElse(error.getClass().getSimpleName());
        long code = status.map(StatusCode::getValue).orElse(0L);
        if (rejectedNow.isPresent()) {
            return new Failure(true, "OPC UA server " + endpoint + " presented a certificate that is not trusted ("
                    + name + "). It was saved as " + rejectedNow.get() + "; to trust it, check its thumbprint with "
                    + "the plant and move that file into " + trusted + "; the source connects within seconds once it is "
                    + "moved (else retrying every " + failedRetry + ")");
        }
        if (code == StatusCodes.Bad_UserAccessDenied || code == StatusCodes.Bad_IdentityTokenInvalid
                || code == StatusCodes.Bad_IdentityTokenRejected) {
            return new Failure(true, "OPC UA server " + endpoint + " refused the credentials (" + name
                    + "); check the configured username and password (retrying every " + failedRetry + ")");
        }
        if (code == StatusCodes.Bad_SecurityChecksFailed || code == StatusCodes.Bad_CertificateUntrusted) {
            return new Failure(true, "OPC UA server " + endpoint + " refused the secure channel (" + name
                    + "); the server probably does not trust this client's certificate: trust it on the server "
                    + "(retrying every " + failedRetry + ")");
        }
        String detail = Optional.ofNullable(error.getMessage()).orElse("");
        return new Failure(false, "OPC UA server " + endpoint + " not reachable or refused the session (" + name
                + (detail.isBlank() ? "" : ": " + detail) + ")");
    }

    /** The symbolic name of a status code, e.g. {@code Bad_UserAccessDenied}. */
    public static String name(StatusCode status) {
        return StatusCodes.lookup(status.getValue()).map(names -> names[0])
                .orElse(String.format("0x%08X", status.getValue()));
    }
}
