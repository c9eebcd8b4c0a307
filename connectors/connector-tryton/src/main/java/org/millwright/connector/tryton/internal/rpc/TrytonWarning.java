package org.millwright.connector.tryton.internal.rpc;

import org.millwright.connector.ConnectorException;

/**
 * Tryton answered a {@code UserWarning}: the call was rolled back and succeeds when repeated after the warning is
 * acknowledged under {@link #name()}. A caller that does not acknowledge it sees a permanent failure.
 */
public final class TrytonWarning extends ConnectorException {
    private final String name;

    TrytonWarning(String operation, String name, String text) {
        super(Kind.PERMANENT, TrytonRpc.SYSTEM, operation, text, null);
        this.name = name;
    }

    /** The warning's key, e.g. {@code 8f675b3c...effective_date_future}: an identifier, not translated text. */
    public String name() {
        return name;
    }
}
