/** The hub's HTTP API under {@code /api/v1}: episodes, dead letters and the field-service callback. */
package org.millwright.app.api;
