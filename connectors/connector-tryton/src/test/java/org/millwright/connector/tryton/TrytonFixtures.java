package org.millwright.connector.tryton;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.model.AssetId;

/** The adapter configured for the seeded Tryton database (see {@link TrytonServer}). */
final class TrytonFixtures {
    static final String PLANT = "1000";
    static final AssetId PRESS = AssetId.of("press-p07");
    static final Duration LEAD_TIME = Duration.ofDays(7);

    private TrytonFixtures() {
    }

    static TrytonConfig config(URI url, String password, PartialStockPolicy policy, Duration requestTimeout) {
        return new TrytonConfig(new TrytonConfig.Connection(url, TrytonServer.DATABASE, TrytonServer.HUB_LOGIN,
                password, requestTimeout), TrytonConfig.Company.byPartyCode("ACME"), "en", ZoneId.systemDefault(),
                Map.of(PLANT, new TrytonConfig.Plant("WH", "STO", "MAINT")), policy, LEAD_TIME);
    }

    static TrytonConnector connector(URI url, PartialStockPolicy policy) {
        return new TrytonConnector(config(url, TrytonServer.HUB_PASSWORD, policy, Duration.ofSeconds(20)),
                Clock.systemDefaultZone());
    }

    /** A fresh hub key, as the hub makes them: {@code EP-} and 12 hex digits. */
    static String newKey() {
        return "EP-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static ReservationRequest reservation(String key, SparePart... parts) {
        return new ReservationRequest(key, PRESS, PLANT, List.of(parts));
    }

    static RequisitionRequest requisition(String key, SparePart... parts) {
        return new RequisitionRequest(key, PRESS, PLANT, List.of(parts));
    }
}
