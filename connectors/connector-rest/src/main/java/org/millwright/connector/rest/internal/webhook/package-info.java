/** The CloudEvents envelope, its stable id, the body signature and the webhook file parser. */
package org.millwright.connector.rest.internal.webhook;
