package org.millwright.connector.tryton.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.connector.tryton.internal.rpc.RpcValuesTest.json;

import org.junit.jupiter.api.Test;

/** The error shapes are copied from answers of a real Tryton 6.0 (reference/tryton.md §3.2, §3.6, §3.7). */
class TrytonErrorTest {

    @Test
    void aUserErrorIsPermanentAndKeepsTrytonsMessage() {
        TrytonError error = TrytonError.decode(json("""
                ["UserError",["The value for field \\"Product\\" in \\"Purchase Request\\" is not valid according \
                to its domain.","",[[["purchasable","=",true]],{"product":{"type":"many2one"}}]]]"""));

        assertThat(error.type()).isEqualTo(TrytonError.Type.USER_ERROR);
        assertThat(error.retriable()).isFalse();
        assertThat(error.text()).isEqualTo("UserError: The value for field \"Product\" in \"Purchase Request\" "
                + "is not valid according to its domain.");
    }

    @Test
    void aUserErrorDescriptionFollowsTheMessage() {
        TrytonError error = TrytonError.decode(json(
                "[\"UserError\",[\"Move quantity must be positive.\",\"Check the move.\",null]]"));

        assertThat(error.message()).isEqualTo("Move quantity must be positive. (Check the move.)");
    }

    @Test
    void aUserWarningCarriesTheNameToAcknowledgeItUnder() {
        TrytonError error = TrytonError.decode(json("""
                ["UserWarning",["8f675b3c05bee5ae5ea060f2ab6a8f14.effective_date_future","The moves \\"1.50m \
                [HOSE-HYD-12] Hydraulic hose DN12\\" have effective dates in the future.",""]]"""));

        assertThat(error.type()).isEqualTo(TrytonError.Type.USER_WARNING);
        assertThat(error.warningName()).contains("8f675b3c05bee5ae5ea060f2ab6a8f14.effective_date_future");
        assertThat(error.message()).startsWith("The moves \"1.50m [HOSE-HYD-12]");
        assertThat(error.retriable()).isFalse();
    }

    @Test
    void aLoginExceptionIsPermanent() {
        TrytonError error = TrytonError.decode(json(
                "[\"LoginException\",[\"password\",\"Password for hub\",\"password\"]]"));

        assertThat(error.type()).isEqualTo(TrytonError.Type.LOGIN);
        assertThat(error.text()).isEqualTo("LoginException: Password for hub");
        assertThat(error.retriable()).isFalse();
    }

    @Test
    void aConcurrencyExceptionWithItsPlainStringIsRetriable() {
        TrytonError error = TrytonError.decode(json(
                "[\"ConcurrencyException\",\"Records were modified in the meanwhile\"]"));

        assertThat(error.type()).isEqualTo(TrytonError.Type.CONCURRENCY);
        assertThat(error.message()).isEqualTo("Records were modified in the meanwhile");
        assertThat(error.retriable()).isTrue();
    }

    @Test
    void anyOtherServerExceptionIsPermanentWithItsText() {
        assertThat(TrytonError.decode(json("[\"'no_such_field'\",\"\"]")).text())
                .isEqualTo("server error: 'no_such_field'");
        assertThat(TrytonError.decode(json("[\"Missing context argument\",\"\"]")).type())
                .isEqualTo(TrytonError.Type.SERVER);
        TrytonError missingDatabase = TrytonError.decode(json(
                "[\"Database '/srv/tryton/nodb.sqlite' doesn't exist!\",\"\"]"));
        assertThat(missingDatabase.retriable()).isFalse();
        assertThat(missingDatabase.message()).isEqualTo("Database '/srv/tryton/nodb.sqlite' doesn't exist!");
    }

    @Test
    void anUnexpectedErrorShapeIsKeptVerbatim() {
        assertThat(TrytonError.decode(json("{\"code\":1}")).text()).isEqualTo("server error: {\"code\":1}");
        assertThat(TrytonError.decode(json("[]")).type()).isEqualTo(TrytonError.Type.SERVER);
    }

    @Test
    void timeoutsLocksRateLimitsAndServerErrorsAreRetriableStatuses() {
        assertThat(TrytonError.retriableStatus(408)).isTrue();
        assertThat(TrytonError.retriableStatus(423)).isTrue();
        assertThat(TrytonError.retriableStatus(429)).isTrue();
        assertThat(TrytonError.retriableStatus(500)).isTrue();
        assertThat(TrytonError.retriableStatus(503)).isTrue();
        assertThat(TrytonError.retriableStatus(400)).isFalse();
        assertThat(TrytonError.retriableStatus(401)).isFalse();
        assertThat(TrytonError.retriableStatus(403)).isFalse();
        assertThat(TrytonError.retriableStatus(404)).isFalse();
        assertThat(TrytonError.retriableStatus(409)).isFalse();
    }

    @Test
    void anHtmlErrorPageBecomesOneLineOfItsText() {
        String forbidden = """
                <!doctype html>
                <html lang=en>
                <title>403 Forbidden</title>
                <h1>Forbidden</h1>
                <p>You don&#39;t have the permission to access the requested resource. It is either read-protected \
                or not readable by the server.</p>
                """;

        assertThat(TrytonError.httpText(403, forbidden)).isEqualTo("HTTP 403 403 Forbidden Forbidden You don't have "
                + "the permission to access the requested resource. It is either read-protected or not readable by "
                + "the server.");
        assertThat(TrytonError.httpText(401, "")).isEqualTo("HTTP 401");
        assertThat(TrytonError.httpText(500, "x".repeat(400))).hasSize("HTTP 500 ".length() + 303);
    }
}
