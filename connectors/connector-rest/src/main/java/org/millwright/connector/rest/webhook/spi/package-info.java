/** The hook through which the hub keeps webhooks the publisher gave up on. */
package org.millwright.connector.rest.webhook.spi;
