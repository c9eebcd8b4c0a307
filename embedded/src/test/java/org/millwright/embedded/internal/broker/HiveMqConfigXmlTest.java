package org.millwright.embedded.internal.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;

class HiveMqConfigXmlTest {

    @Test
    void bindsOneTcpListenerToTheGivenAddressAndPort() {
        String xml = HiveMqConfigXml.render("127.0.0.1", 18830);

        assertThat(xml).contains("<port>18830</port>", "<bind-address>127.0.0.1</bind-address>")
                .doesNotContain("0.0.0.0");
    }

    @Test
    void usesFilePersistenceAndDisablesUsageStatistics() {
        String xml = HiveMqConfigXml.render("127.0.0.1", 1883);

        assertThat(xml).containsIgnoringWhitespaces("<persistence><mode>file</mode></persistence>")
                .containsIgnoringWhitespaces("<anonymous-usage-statistics><enabled>false</enabled>");
    }

    @Test
    void isValidAgainstTheSchemaShippedInTheHiveMqJar() throws Exception {
        URL xsd = getClass().getClassLoader().getResource("config.xsd");
        assertThat(xsd).as("config.xsd of hivemq-community-edition-embedded").isNotNull();
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);

        assertThatCode(() -> schema.newValidator()
                .validate(new StreamSource(new StringReader(HiveMqConfigXml.render("127.0.0.1", 0)))))
                .doesNotThrowAnyException();
    }
}
