package org.millwright.connector.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.millwright.connector.sandbox.SandboxConnector;

class ResilientConnectorsTest {
    @Test
    void decoratesExactlyThePortsTheAdapterImplements() {
        try (ResilientConnectors connectors = new ResilientConnectors(new SimpleMeterRegistry(), Clock.systemUTC())) {
            ConnectorPorts fakePorts = connectors.register("erp", SystemPolicy.defaults()).decorate(new FakeInventory());
            ConnectorPorts sandboxPorts = connectors.register("sandbox", SystemPolicy.defaults())
                    .decorate(new SandboxConnector(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1)));

            assertThat(fakePorts.inventory()).isPresent();
            assertThat(fakePorts.assetMaster()).isEmpty();
            assertThat(fakePorts.workManagement()).isEmpty();
            assertThat(sandboxPorts.assetMaster()).isPresent();
            assertThat(sandboxPorts.workManagement()).isPresent();
            assertThat(sandboxPorts.fieldService()).isPresent();
        }
    }

    @Test
    void refusesToRegisterASystemTwice() {
        try (ResilientConnectors connectors = new ResilientConnectors(new SimpleMeterRegistry(), Clock.systemUTC())) {
            connectors.register("erp", SystemPolicy.defaults());

            assertThatThrownBy(() -> connectors.register("erp", SystemPolicy.defaults()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("system erp is already registered");
            assertThat(connectors.system("erp")).isPresent();
            assertThat(connectors.system("eam")).isEmpty();
        }
    }

    @Test
    void keepsASystemWhosePolicyIsUnchangedAndReplacesOneWhosePolicyChanged() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (ResilientConnectors connectors = new ResilientConnectors(registry, Clock.systemUTC())) {
            ResilientSystem first = connectors.register("erp", SystemPolicy.defaults());

            assertThat(connectors.registerOrUpdate("erp", SystemPolicy.defaults())).isSameAs(first);

            SystemPolicy longer = SystemPolicy.defaults().withCallTimeout(Duration.ofSeconds(42));
            ResilientSystem second = connectors.registerOrUpdate("erp", longer);
            assertThat(second).isNotSameAs(first);
            assertThat(connectors.system("erp")).containsSame(second);
            assertThat(registry.find(ResilientConnectors.CIRCUIT_METER).tag("system", "erp").gauges()).hasSize(1);
        }
    }
}
