package org.millwright.connector.maximo.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaximoErrorTest {

    @Test
    void keepsMaximosMessageAndNamesTheAttribute() {
        String body = """
                {"Error":{"errorattrname":"siteid","extendedError":{"moreInfo":{"href":"x/BMXAA4153E"}},
                 "errorobjpath":"workorder","correlationid":null,"reasonCode":"BMXAA4153E",
                 "message":"BMXAA4153E - BEDFORDXXYY is not a valid site.","statusCode":"400"}}""";

        assertThat(MaximoError.text(400, body))
                .isEqualTo("BMXAA4153E - BEDFORDXXYY is not a valid site. [attribute siteid]");
    }

    @Test
    void prefixesTheReasonCodeWhenTheMessageLacksIt() {
        assertThat(MaximoError.text(400, "{\"Error\":{\"reasonCode\":\"BMXAA0024E\",\"message\":\"Not allowed\"}}"))
                .isEqualTo("BMXAA0024E - Not allowed");
    }

    @Test
    void keepsAnyOtherBodyVerbatim() {
        assertThat(MaximoError.text(401, "<html>Login</html>")).isEqualTo("<html>Login</html>");
        assertThat(MaximoError.text(502, null)).isEqualTo("HTTP 502");
    }

    @Test
    void treatsTimeoutsRateLimitsAndServerErrorsAsRetriable() {
        assertThat(MaximoError.isRetriable(503)).isTrue();
        assertThat(MaximoError.isRetriable(429)).isTrue();
        assertThat(MaximoError.isRetriable(400)).isFalse();
        assertThat(MaximoError.isRetriable(409)).isFalse();
    }
}
