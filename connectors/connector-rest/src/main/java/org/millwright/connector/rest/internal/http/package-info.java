/** Sends mapped requests once, classifies every failure, and reads records from the answers. */
package org.millwright.connector.rest.internal.http;
