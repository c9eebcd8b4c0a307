package org.millwright.connector.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrytonConfigTest {
    private static final URI URL = URI.create("http://127.0.0.1:8000");

    @Test
    void addsTheTrailingSlashAndPutsTheDatabaseInTheEndpoint() {
        TrytonConfig.Connection connection = connection(Duration.ofSeconds(90));

        assertThat(connection.url()).isEqualTo(URI.create("http://127.0.0.1:8000/"));
        assertThat(connection.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8000/hub/"));
    }

    @Test
    void neverShowsThePassword() {
        assertThat(connection(Duration.ofSeconds(90)).toString()).doesNotContain("s3cret-Pass").contains("***");
    }

    @Test
    void refusesALoginTimeoutThatTrytonsFailedLoginDelaysCouldOutlast() {
        assertThatThrownBy(() -> connection(Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loginTimeout must exceed 60 s");
        assertThat(new TrytonConfig.Connection(URL, "hub", "hub", "pw", Duration.ofSeconds(5)).loginTimeout())
                .isEqualTo(TrytonConfig.Connection.DEFAULT_LOGIN_TIMEOUT);
    }

    @Test
    void refusesUrlsAndDatabasesThatCannotNameAnEndpoint() {
        assertThatThrownBy(() -> new TrytonConfig.Connection(URI.create("ftp://127.0.0.1:8000/"), "hub", "hub", "pw",
                Duration.ofSeconds(5))).hasMessageContaining("url must be an absolute http(s) URL");
        assertThatThrownBy(() -> new TrytonConfig.Connection(URL, "hub/x", "hub", "pw", Duration.ofSeconds(5)))
                .hasMessageContaining("database must be a plain name");
        assertThatThrownBy(() -> new TrytonConfig.Connection(URL, "hub", "hub", "", Duration.ofSeconds(5)))
                .hasMessageContaining("password must not be empty");
    }

    @Test
    void aPlantReservesFromOneLocationToAnother() {
        assertThatThrownBy(() -> new TrytonConfig.Plant("WH", "STO", "STO"))
                .hasMessageContaining("storage and maintenance must be different locations: STO");
    }

    @Test
    void theCompanyIsGivenOneWayAtMost() {
        assertThat(TrytonConfig.Company.byId(1).id()).hasValue(1);
        assertThat(TrytonConfig.Company.byPartyCode("ACME").partyCode()).contains("ACME");
        assertThat(TrytonConfig.Company.ofUser().id()).isEmpty();
        assertThatThrownBy(() -> TrytonConfig.Company.byId(0)).hasMessageContaining("company id must be positive");
    }

    @Test
    void needsAtLeastOnePlant() {
        assertThatThrownBy(() -> new TrytonConfig(connection(Duration.ofSeconds(90)), TrytonConfig.Company.ofUser(),
                "en", ZoneOffset.UTC, Map.of(), PartialStockPolicy.KEEP_PARTIAL, Duration.ofDays(7)))
                .hasMessageContaining("plants must map at least one hub plant");
    }

    private static TrytonConfig.Connection connection(Duration loginTimeout) {
        return new TrytonConfig.Connection(URL, "hub", "hub", "s3cret-Pass", Duration.ofSeconds(5), loginTimeout);
    }
}
