package org.millwright.protocol.opcua;

import java.security.KeyPair;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * A real Milo OPC UA server for tests, bound to 127.0.0.1, with one namespace (index 2) whose variables
 * are named by their string node ids. The certificate is made once per {@link Identity} so a restarted
 * server presents the same one. Shared with other modules' tests through this module's test-jar.
 */
public final class TestServer implements AutoCloseable {
    public static final String PATH = "/millwright-test";

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    /** The server's key pair and certificate, reusable across restarts. */
    public record Identity(KeyPair keyPair, X509Certificate certificate) {
        public static Identity create() throws Exception {
            KeyPair pair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
            X509Certificate cert = new SelfSignedCertificateBuilder(pair)
                    .setCommonName("Millwright test server")
                    .setApplicationUri("urn:millwright:test:server")
                    .addDnsName("localhost")
                    .addIpAddress("127.0.0.1")
                    .build();
            return new Identity(pair, cert);
        }
    }

    private final OpcUaServer server;
    private final TestNamespace namespace;
    private final int port;

    private TestServer(OpcUaServer server, TestNamespace namespace, int port) {
        this.server = server;
        this.namespace = namespace;
        this.port = port;
    }

    /**
     * Starts a server.
     *
     * @param secure      offer Basic256Sha256 Sign&amp;Encrypt (and None only for discovery) instead of None
     * @param credentials when present, only this user/password is accepted; else anonymous
     * @param variables   string node ids of the Double variables to create, e.g. {@code Line1/Motor1/Vibration}
     */
    public static TestServer start(int port, Identity identity, boolean secure, Optional<String[]> credentials,
                            List<String> variables) throws Exception {
        RsaSha256CertificateFactory factory = new RsaSha256CertificateFactory() {
            @Override
            public KeyPair createKeyPair(NodeId certificateTypeId) {
                return identity.keyPair();
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                return new X509Certificate[] {identity.certificate()};
            }
        };
        // Tests are about the client's trust decisions: the server accepts any client certificate.
        DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(new MemoryTrustListManager(),
                new MemoryCertificateStore(), factory, (chain, uri, hostnames) -> { });
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setBindAddress("127.0.0.1")
                .setBindPort(port)
                .setHostname("127.0.0.1")
                .setPath(PATH)
                .setCertificate(identity.certificate())
                .addTokenPolicies(credentials.isPresent() ? OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME
                        : OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS);
        if (secure) {
            endpoints.add(base.copy().setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                    .setSecurityMode(MessageSecurityMode.SignAndEncrypt).build());
            endpoints.add(base.copy().setPath(PATH + "/discovery").setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None).build());
        } else {
            endpoints.add(base.copy().setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None).build());
        }
        IdentityValidator validator = credentials
                .<IdentityValidator>map(c -> new UsernameIdentityValidator(
                        auth -> c[0].equals(auth.getUsername()) && c[1].equals(auth.getPassword())))
                .orElse(AnonymousIdentityValidator.INSTANCE);
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri("urn:millwright:test:server")
                .setApplicationName(LocalizedText.english("Millwright test server"))
                .setProductUri("urn:millwright:test")
                .setBuildInfo(new BuildInfo("urn:millwright:test", "millwright", "test server",
                        OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setEndpoints(endpoints)
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine(), group))
                .setIdentityValidator(validator)
                .build();
        OpcUaServer server = new OpcUaServer(config,
                profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        TestNamespace namespace = new TestNamespace(server, variables);
        namespace.startup();
        server.startup().get(20, TimeUnit.SECONDS);
        return new TestServer(server, namespace, port);
    }

    public String endpointUrl() {
        return "opc.tcp://127.0.0.1:" + port + PATH;
    }

    /** Sets a variable's value with the given status and a source timestamp of now. */
    public void set(String variable, double value, StatusCode status) {
        namespace.nodes.get(variable).setValue(new DataValue(new Variant(value), status, DateTime.now()));
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(20, TimeUnit.SECONDS);
        namespace.shutdown();
    }

    private static final class TestNamespace extends ManagedNamespaceWithLifecycle {
        private final SubscriptionModel subscriptions;
        private final Map<String, UaVariableNode> nodes = new LinkedHashMap<>();

        TestNamespace(OpcUaServer server, List<String> variables) {
            super(server, "urn:millwright:test:namespace");
            this.subscriptions = new SubscriptionModel(server, this);
            getLifecycleManager().addLifecycle(subscriptions);
            getLifecycleManager().addStartupTask(() -> {
                for (String name : variables) {
                    UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                            .setNodeId(newNodeId(name))
                            .setAccessLevel(AccessLevel.READ_WRITE)
                            .setUserAccessLevel(AccessLevel.READ_WRITE)
                            .setBrowseName(newQualifiedName(name))
                            .setDisplayName(LocalizedText.english(name))
                            .setDataType(NodeIds.Double)
                            .setTypeDefinition(NodeIds.BaseDataVariableType)
                            .build();
                    node.setValue(new DataValue(new Variant(0.0), StatusCode.GOOD, DateTime.now()));
                    getNodeManager().addNode(node);
                    nodes.put(name, node);
                }
            });
        }

        @Override
        public void onDataItemsCreated(List<DataItem> items) {
            subscriptions.onDataItemsCreated(items);
        }

        @Override
        public void onDataItemsModified(List<DataItem> items) {
            subscriptions.onDataItemsModified(items);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> items) {
            subscriptions.onDataItemsDeleted(items);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> items) {
            subscriptions.onMonitoringModeChanged(items);
        }
    }
}
