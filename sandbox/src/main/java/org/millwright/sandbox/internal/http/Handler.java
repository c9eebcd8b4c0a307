package org.millwright.sandbox.internal.http;

/** Answers one routed request; throws {@link ApiException} to refuse it. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
