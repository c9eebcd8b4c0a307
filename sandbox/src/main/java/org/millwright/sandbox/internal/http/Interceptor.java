package org.millwright.sandbox.internal.http;

/** Wraps the work of a system's routes; fault injection implements it. */
public interface Interceptor {

    /** Runs before the work; throws {@link ApiException} to answer without doing anything. */
    void beforeWork(String system);

    /** Runs after the work was done (and committed); may delay or replace the answer. */
    Response afterWork(String system, Response response);

    /** Does nothing. */
    Interceptor NONE = new Interceptor() {
        @Override
        public void beforeWork(String system) {
        }

        @Override
        public Response afterWork(String system, Response response) {
            return response;
        }
    };
}
