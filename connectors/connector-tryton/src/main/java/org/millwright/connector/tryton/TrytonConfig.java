package org.millwright.connector.tryton;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Everything the Tryton adapter needs to know about one Tryton database. Records are always looked up by their
 * codes (locations, products, the company's party), never by database ids, which differ between databases.
 *
 * @param connection     where Tryton is and how to log in
 * @param company        the company every call works in (sent as {@code company} in each call's context)
 * @param language       the context's {@code language}, e.g. {@code en}; Tryton's messages come in it
 * @param zone           the company's time zone: its today is the planned date of shipments and the base of the
 *                       supply date of purchase requests
 * @param plants         per hub plant, the Tryton locations it reserves from, reserves to and buys for
 * @param partialStock   what a reservation does when stock covers only part of it
 * @param supplyLeadTime a purchase request's {@code supply_date} is today plus this, rounded up to whole days
 */
public record TrytonConfig(Connection connection, Company company, String language, ZoneId zone,
                           Map<String, Plant> plants, PartialStockPolicy partialStock, Duration supplyLeadTime) {
    public TrytonConfig {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(company, "company");
        requireText(language, "language");
        Objects.requireNonNull(zone, "zone");
        plants = Map.copyOf(plants);
        if (plants.isEmpty()) {
            throw new IllegalArgumentException("plants must map at least one hub plant to Tryton locations");
        }
        plants.keySet().forEach(plant -> requireText(plant, "plants key"));
        Objects.requireNonNull(partialStock, "partialStock");
        Objects.requireNonNull(supplyLeadTime, "supplyLeadTime");
        if (supplyLeadTime.isNegative()) {
            throw new IllegalArgumentException("supplyLeadTime must not be negative: " + supplyLeadTime);
        }
    }

    /**
     * @param url            the server root, e.g. {@code http://erp.example.com:8000/}; calls go to
     *                       {@code <url><database>/}
     * @param database       the Tryton database name
     * @param login          the integration user; give it the groups Stock, Product Administration, Purchase and
     *                       Purchase Request, and not Stock Force Assignment
     * @param password       its password (the hub resolves it from the environment or a file); a wrong one makes the
     *                       adapter stop logging in, so that Tryton's lockout never starts
     * @param requestTimeout connect timeout and the longest wait for the answer to a model call
     * @param loginTimeout   the longest wait for a login; more than 60 s, because Tryton delays each failed login of a
     *                       user by up to 2^n-1 s (26 s measured for the 6th failure) before answering
     */
    public record Connection(URI url, String database, String login, String password, Duration requestTimeout,
                             Duration loginTimeout) {
        /** A login timeout that outlasts Tryton's delays after failed logins. */
        public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(90);
        private static final Duration SHORTEST_LOGIN_TIMEOUT = Duration.ofSeconds(60);

        public Connection {
            Objects.requireNonNull(url, "url");
            if (!url.isAbsolute() || !Set.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("url must be an absolute http(s) URL like "
                        + "http://erp.example.com:8000/: " + url);
            }
            if (url.getQuery() != null || url.getFragment() != null) {
                throw new IllegalArgumentException("url must not have a query or fragment: " + url);
            }
            if (!url.getPath().endsWith("/")) {
                url = URI.create(url + "/");
            }
            requireText(database, "database");
            if (!database.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("database must be a plain name (letters, digits, _ . -): "
                        + database);
            }
            requireText(login, "login");
            Objects.requireNonNull(password, "password");
            if (password.isEmpty()) {
                throw new IllegalArgumentException("password must not be empty");
            }
            requirePositive(requestTimeout, "requestTimeout");
            requirePositive(loginTimeout, "loginTimeout");
            if (loginTimeout.compareTo(SHORTEST_LOGIN_TIMEOUT) <= 0) {
                throw new IllegalArgumentException("loginTimeout must exceed 60 s (Tryton delays answers to logins "
                        + "after failures by up to 2^n-1 s): " + loginTimeout);
            }
        }

        /** With {@link #DEFAULT_LOGIN_TIMEOUT}. */
        public Connection(URI url, String database, String login, String password, Duration requestTimeout) {
            this(url, database, login, password, requestTimeout, DEFAULT_LOGIN_TIMEOUT);
        }

        /** The JSON-RPC endpoint of the database. */
        public URI endpoint() {
            return url.resolve(database + "/");
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Connection[url=" + url + ", database=" + database + ", login=" + login + ", password=***"
                    + ", requestTimeout=" + requestTimeout + ", loginTimeout=" + loginTimeout + "]";
        }
    }

    /**
     * Which company the calls work in: by its id, by the code of its party, or the login user's current company.
     * Give exactly one of {@code id} and {@code partyCode}, or neither for the user's company.
     */
    public record Company(OptionalLong id, Optional<String> partyCode) {
        public Company {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(partyCode, "partyCode");
            if (id.isPresent() && partyCode.isPresent()) {
                throw new IllegalArgumentException("give the company by id or by party code, not both");
            }
            if (id.isPresent() && id.getAsLong() <= 0) {
                throw new IllegalArgumentException("company id must be positive: " + id.getAsLong());
            }
            partyCode.ifPresent(code -> requireText(code, "company partyCode"));
        }

        public static Company byId(long id) {
            return new Company(OptionalLong.of(id), Optional.empty());
        }

        /** The company whose party has this code (Tryton's party {@code code}, e.g. {@code ACME}). */
        public static Company byPartyCode(String partyCode) {
            return new Company(OptionalLong.empty(), Optional.of(partyCode));
        }

        /** The login user's current company, from its preferences. */
        public static Company ofUser() {
            return new Company(OptionalLong.empty(), Optional.empty());
        }
    }

    /**
     * The Tryton locations of one hub plant, by their codes.
     *
     * @param warehouse   the warehouse purchase requests are for, e.g. {@code WH}
     * @param storage     the storage location stock is counted at and reserved from, e.g. {@code STO}
     * @param maintenance the storage location reserved stock moves to, e.g. {@code MAINT} (a maintenance crib)
     */
    public record Plant(String warehouse, String storage, String maintenance) {
        public Plant {
            requireText(warehouse, "warehouse");
            requireText(storage, "storage");
            requireText(maintenance, "maintenance");
            if (storage.equals(maintenance)) {
                throw new IllegalArgumentException("storage and maintenance must be different locations: " + storage);
            }
        }
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
