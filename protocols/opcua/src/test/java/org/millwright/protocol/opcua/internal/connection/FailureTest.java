package org.millwright.protocol.opcua.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.junit.jupiter.api.Test;

class FailureTest {
    private static final String ENDPOINT = "opc.tcp://plc-7:4840/ua";
    private static final Path TRUSTED = Path.of("/pki/trusted");

    @Test
    void wrongCredentialsArePermanentAndNamedWithTheEndpoint() {
        Failure failure = Failure.classify(ENDPOINT,
                new ExecutionException(new UaException(StatusCodes.Bad_UserAccessDenied)), Optional.empty(),
                TRUSTED, Duration.ofMinutes(5));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.message()).contains(ENDPOINT).contains("Bad_UserAccessDenied").contains("password");
    }

    @Test
    void aRejectedServerCertificateSaysWhereItIsAndHowToTrustIt() {
        Path rejected = Path.of("/pki/rejected/ab12.der");
        Failure failure = Failure.classify(ENDPOINT, new UaException(StatusCodes.Bad_CertificateUntrusted),
                Optional.of(rejected), TRUSTED, Duration.ofMinutes(5));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.message()).contains(ENDPOINT).contains(rejected.toString()).contains(TRUSTED.toString())
                .contains("move");
    }

    @Test
    void aRefusedConnectionIsTransient() {
        Failure failure = Failure.classify(ENDPOINT, new ConnectException("Connection refused"), Optional.empty(),
                TRUSTED, Duration.ofMinutes(5));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.message()).contains(ENDPOINT).contains("Connection refused");
    }
}
