package org.millwright.connector.rest.webhook.spi;

import org.millwright.connector.rest.webhook.UndeliveredWebhook;

/**
 * Where webhooks given up on go, so that none is lost silently: the hub persists them and offers them for
 * redelivery. Called on the publisher's delivery thread, one at a time; an implementation should be quick and must
 * not throw (a throw is logged and the webhook counted as dropped all the same).
 */
@FunctionalInterface
public interface WebhookDeadLetters {
    /** Keeps nothing; the publisher's log line and counter are then the only trace. */
    WebhookDeadLetters NONE = webhook -> { };

    void accept(UndeliveredWebhook webhook);
}
