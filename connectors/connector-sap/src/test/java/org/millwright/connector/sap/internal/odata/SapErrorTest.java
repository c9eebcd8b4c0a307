package org.millwright.connector.sap.internal.odata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SapErrorTest {

    @Test
    void keepsCodeMessageAndDistinctDetails() {
        String body = """
                {"error":{"code":"IW/001","message":{"lang":"en","value":"Equipment 42 does not exist"},
                 "innererror":{"transactionId":"8A1F","errordetails":[
                   {"code":"IW/001","message":"Equipment 42 does not exist","severity":"error"},
                   {"code":"IW/077","message":"Check the technical object","severity":"warning"}]}}}""";

        assertThat(SapError.text(400, body))
                .isEqualTo("IW/001: Equipment 42 does not exist (IW/077 Check the technical object)");
    }

    @Test
    void keepsABodyThatIsNotTheSapEnvelopeVerbatim() {
        assertThat(SapError.text(502, "<html>Bad gateway</html>")).isEqualTo("<html>Bad gateway</html>");
        assertThat(SapError.text(503, "")).isEqualTo("HTTP 503");
    }

    @Test
    void treatsTimeoutsRateLimitsAndServerErrorsAsRetriable() {
        assertThat(SapError.isRetriable(503)).isTrue();
        assertThat(SapError.isRetriable(500)).isTrue();
        assertThat(SapError.isRetriable(429)).isTrue();
        assertThat(SapError.isRetriable(408)).isTrue();
        assertThat(SapError.isRetriable(400)).isFalse();
        assertThat(SapError.isRetriable(404)).isFalse();
        assertThat(SapError.isRetriable(403)).isFalse();
    }
}
