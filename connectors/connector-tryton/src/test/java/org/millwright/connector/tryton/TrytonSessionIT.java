package org.millwright.connector.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.tryton.TrytonFixtures.PLANT;
import static org.millwright.connector.tryton.TrytonFixtures.newKey;
import static org.millwright.connector.tryton.TrytonFixtures.reservation;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.SparePart;

/**
 * Login, sessions and transport failures against a real Tryton 6.0 (a server per test), watched on the wire by a
 * {@link WireTap} between the adapter and Tryton.
 */
class TrytonSessionIT {
    private static final String LOGIN = "common.db.login";
    private static final String BEARING = "SKF-6205-2RS";

    @RegisterExtension
    final TrytonServer server = new TrytonServer();

    private WireTap tap;

    @BeforeEach
    void tapTheWire() throws IOException {
        tap = new WireTap(server.port());
    }

    @AfterEach
    void closeTap() throws IOException {
        tap.close();
    }

    @Test
    void logsInAgainOnceWhenItsSessionIsLoggedOutBehindItsBack() {
        TrytonConnector connector = TrytonFixtures.connector(tap.url(), PartialStockPolicy.KEEP_PARTIAL);
        connector.stock(BEARING, PLANT);
        String firstSession = tap.lastAuthorization().orElseThrow();
        TrytonQueries.admin(server).logOut(firstSession);

        int available = connector.stock(BEARING, PLANT).available();

        assertThat(available).isEqualTo(40);
        assertThat(tap.requests(LOGIN)).isEqualTo(2);
        assertThat(tap.lastAuthorization()).isPresent().get().isNotEqualTo(firstSession);
    }

    @Test
    void aWrongPasswordIsAPermanentFailureAndTheLoginIsNeverTriedAgain() {
        TrytonConnector connector = new TrytonConnector(TrytonFixtures.config(tap.url(), "Not-The-Hub-Pass!",
                PartialStockPolicy.KEEP_PARTIAL, Duration.ofSeconds(20)), Clock.systemDefaultZone());

        ConnectorException first = catchThrowableOfType(ConnectorException.class,
                () -> connector.stock(BEARING, PLANT));
        ConnectorException second = catchThrowableOfType(ConnectorException.class,
                () -> connector.reserve(reservation(newKey(), new SparePart(BEARING, 1))));

        assertThat(first.isRetriable()).isFalse();
        assertThat(first.upstreamMessage()).contains("refused the login of 'hub'", "HTTP 401",
                "wrong login or password");
        assertThat(second.isRetriable()).isFalse();
        assertThat(second.operation()).isEqualTo("reserve");
        assertThat(second.upstreamMessage()).contains("HTTP 401", "not logging in again until the configuration "
                + "changes");
        assertThat(tap.requests(LOGIN)).as("login attempts Tryton saw").isEqualTo(1);
        assertThat(tap.requests("model.stock.location.search_read")).isZero();
    }

    @Test
    void aStoppedTrytonIsARetriableFailureAndTheAdapterRecoversWhenItIsBack() throws IOException {
        TrytonConnector connector = TrytonFixtures.connector(server.url(), PartialStockPolicy.KEEP_PARTIAL);
        connector.stock(BEARING, PLANT);
        server.stop();

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.stock(BEARING, PLANT));

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).contains("connection refused");
        server.start();
        assertThat(connector.stock(BEARING, PLANT).available()).isEqualTo(40);
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsARetriableFailure() {
        TrytonConnector connector = new TrytonConnector(TrytonFixtures.config(tap.url(), TrytonServer.HUB_PASSWORD,
                PartialStockPolicy.KEEP_PARTIAL, Duration.ofSeconds(2)), Clock.systemDefaultZone());
        tap.holdNextAnswerTo("model.product.product.search_read");

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.stock(BEARING, PLANT));

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).contains("no answer within 2000 ms");
    }

    @Test
    void theCompanyIsLookedUpByItsPartyCodeOrTakenFromTheUser() {
        TrytonConfig byCode = TrytonFixtures.config(server.url(), TrytonServer.HUB_PASSWORD,
                PartialStockPolicy.KEEP_PARTIAL, Duration.ofSeconds(20));
        TrytonConfig ofUser = withCompany(byCode, TrytonConfig.Company.ofUser());
        TrytonConfig unknown = withCompany(byCode, TrytonConfig.Company.byPartyCode("NO-SUCH-CO"));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> new TrytonConnector(unknown, Clock.systemDefaultZone()).stock(BEARING, PLANT));

        assertThat(new TrytonConnector(byCode, Clock.systemDefaultZone()).stock(BEARING, PLANT).available())
                .isEqualTo(40);
        assertThat(new TrytonConnector(ofUser, Clock.systemDefaultZone()).stock(BEARING, PLANT).available())
                .isEqualTo(40);
        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).contains("no company whose party has code 'NO-SUCH-CO'");
    }

    private static TrytonConfig withCompany(TrytonConfig config, TrytonConfig.Company company) {
        return new TrytonConfig(config.connection(), company, config.language(), config.zone(), config.plants(),
                config.partialStock(), config.supplyLeadTime());
    }
}
