/**
 * Outbound webhooks: {@link org.millwright.connector.rest.webhook.WebhookPublisher} sends business events as signed
 * CloudEvents to the subscribers of their type, retrying without blocking the caller.
 */
package org.millwright.connector.rest.webhook;
