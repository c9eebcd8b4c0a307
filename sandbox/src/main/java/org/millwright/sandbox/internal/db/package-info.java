/** The sandbox's PostgreSQL schema (Flyway), plain-JDBC transactions and idempotent seeding. */
package org.millwright.sandbox.internal.db;
