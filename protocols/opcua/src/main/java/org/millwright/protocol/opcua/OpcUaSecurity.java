package org.millwright.protocol.opcua;

/** The message security the source asks the server's endpoint for. */
public enum OpcUaSecurity {
    /** No signing, no encryption (security policy None); for trusted networks and tests only. */
    NONE,
    /** Security policy Basic256Sha256 with message security mode Sign&amp;Encrypt. */
    BASIC256SHA256_SIGN_AND_ENCRYPT
}
