package org.millwright.onboarding.internal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.millwright.onboarding.SourceKind;
import org.millwright.protocol.opcua.OpcUaSecurity;

/**
 * An OPC UA server and the nodes to subscribe to.
 *
 * @param id                 source id
 * @param endpointUrl        {@code opc.tcp://host:port/path}
 * @param security           message security policy and mode
 * @param username           user name; anonymous when empty
 * @param password           password, resolved from its reference; present exactly when {@code username} is
 * @param pki                the client's certificate and trust folders; under the hub's OPC UA folder when empty
 * @param publishingInterval how often the server sends notifications
 * @param nodes              which node is which signal
 */
public record OpcUaSpec(String id, String endpointUrl, OpcUaSecurity security, Optional<String> username,
                        Optional<Secret> password, Optional<Path> pki, Duration publishingInterval, List<Node> nodes)
        implements SourceSpec {

    /**
     * One subscribed node.
     *
     * @param nodeId           node id in OPC UA string form, e.g. {@code ns=2;s=Line1/Motor1/Vibration}
     * @param samplingInterval how often the server samples it
     * @param deadband         absolute deadband in the node's own (raw) unit, applied by the server
     * @param mapping          what it becomes
     */
    public record Node(String nodeId, Duration samplingInterval, Optional<Double> deadband, TagMapping mapping) {
        public Node {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(samplingInterval, "samplingInterval");
            Objects.requireNonNull(deadband, "deadband");
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    public OpcUaSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(pki, "pki");
        Objects.requireNonNull(publishingInterval, "publishingInterval");
        nodes = List.copyOf(nodes);
    }

    @Override
    public SourceKind kind() {
        return SourceKind.OPCUA;
    }

    @Override
    public List<TagMapping> mappings() {
        return nodes.stream().map(Node::mapping).toList();
    }
}
