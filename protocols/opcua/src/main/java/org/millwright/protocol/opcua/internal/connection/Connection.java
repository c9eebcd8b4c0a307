package org.millwright.protocol.opcua.internal.connection;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.millwright.protocol.opcua.MonitoredNode;
import org.millwright.protocol.opcua.OpcUaSecurity;
import org.millwright.protocol.opcua.OpcUaSourceConfig;
import org.millwright.protocol.opcua.internal.security.ClientPki;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection attempt's worth of Milo objects: a client with an active session and one subscription
 * holding every configured monitored item. A lost connection is never repaired in place: the owner closes
 * it and opens a new one, which re-creates the subscription on whatever server now answers (a restarted
 * server has forgotten the old one).
 */
public final class Connection {
    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final OpcUaClient client;
    private final List<String> itemProblems;

    private Connection(OpcUaClient client, List<String> itemProblems) {
        this.client = client;
        this.itemProblems = List.copyOf(itemProblems);
    }

    /**
     * Connects, activates a session and creates the subscription, all within the configured timeout.
     *
     * @param values receives each notification, on a Milo delivery thread
     * @param lost   called (possibly several times, from Milo threads) when the session or subscription died
     * @throws Exception whatever the attempt failed with; see {@link Failure#classify}
     */
    public static Connection open(OpcUaSourceConfig config, ClientPki pki,
                                  BiConsumer<MonitoredNode, DataValue> values, Runnable lost) throws Exception {
        List<NodeId> nodeIds = config.nodes().stream().map(node -> NodeId.parse(node.nodeId())).toList();
        long timeoutMs = config.connectTimeout().toMillis();
        List<String> offered = new ArrayList<>();
        OpcUaClient client;
        try {
            client = create(config, pki, timeoutMs, offered);
        } catch (UaException e) {
            if (!offered.isEmpty()) {
                throw new NoMatchingEndpointException("OPC UA server " + config.endpointUrl()
                        + " offers no endpoint with security " + config.security() + " (it offers " + offered
                        + "); change the configured security or the server's endpoints", e);
            }
            throw e;
        }
        try {
            client.connectAsync().get(timeoutMs, TimeUnit.MILLISECONDS);
            List<String> problems = subscribe(client, config, nodeIds, values, lost);
            client.addSessionActivityListener(new SessionActivityListener() {
                @Override
                public void onSessionInactive(UaSession session) {
                    lost.run();
                }
            });
            return new Connection(client, problems);
        } catch (Exception e) {
            disconnect(client);
            throw e;
        }
    }

    private static OpcUaClient create(OpcUaSourceConfig config, ClientPki pki, long timeoutMs,
                                      List<String> offeredWhenNoMatch) throws UaException {
        return OpcUaClient.create(config.endpointUrl(),
                endpoints -> select(endpoints, config, offeredWhenNoMatch),
                transport -> transport.setConnectTimeout(uint(timeoutMs)),
                builder -> builder
                        .setApplicationName(LocalizedText.english("Millwright OPC UA client"))
                        .setApplicationUri(config.applicationUri())
                        .setProductUri("urn:millwright")
                        .setKeyPair(pki.keyPair())
                        .setCertificate(pki.certificate())
                        .setCertificateChain(new X509Certificate[] {pki.certificate()})
                        .setCertificateValidator(pki.serverCertificateValidator())
                        .setIdentityProvider(identity(config, pki))
                        .setRequestTimeout(uint(timeoutMs))
                        .setKeepAliveInterval(uint(config.keepAliveInterval().toMillis()))
                        .setKeepAliveFailuresAllowed(uint(1)));
    }

    private static List<String> subscribe(OpcUaClient client, OpcUaSourceConfig config, List<NodeId> nodeIds,
                                          BiConsumer<MonitoredNode, DataValue> values, Runnable lost)
            throws Exception {
        OpcUaSubscription subscription = new OpcUaSubscription(client,
                (double) config.publishingInterval().toMillis());
        subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onWatchdogTimerElapsed(OpcUaSubscription s) {
                LOG.warn("No publish response or keep-alive from {} within the subscription watchdog",
                        config.endpointUrl());
                lost.run();
            }

            @Override
            public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
                LOG.warn("Subscription transfer on {} failed: {}", config.endpointUrl(), Failure.name(status));
                lost.run();
            }

            @Override
            public void onStatusChanged(OpcUaSubscription s, StatusCode status) {
                LOG.warn("Subscription on {} changed status to {}", config.endpointUrl(), Failure.name(status));
                if (status.isBad()) {
                    lost.run();
                }
            }
        });
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (int i = 0; i < nodeIds.size(); i++) {
            MonitoredNode node = config.nodes().get(i);
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodeIds.get(i));
            item.setSamplingInterval((double) node.samplingInterval().toMillis());
            node.absoluteDeadband().ifPresent(deadband -> item.setFilter(new DataChangeFilter(
                    DataChangeTrigger.StatusValue, uint(DeadbandType.Absolute.getValue()), deadband)));
            item.setDataValueListener((monitored, value) -> values.accept(node, value));
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        subscription.createMonitoredItems();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<StatusCode> result = items.get(i).getCreateResult();
            if (result.isEmpty() || result.get().isBad()) {
                String problem = "node " + config.nodes().get(i).nodeId() + " on " + config.endpointUrl()
                        + " could not be monitored: " + result.map(Failure::name).orElse("no result");
                LOG.error(problem);
                problems.add(problem);
            }
        }
        return problems;
    }

    private static Optional<EndpointDescription> select(List<EndpointDescription> endpoints,
                                                        OpcUaSourceConfig config, List<String> offeredWhenNoMatch) {
        SecurityPolicy policy = config.security() == OpcUaSecurity.NONE ? SecurityPolicy.None
                : SecurityPolicy.Basic256Sha256;
        MessageSecurityMode mode = config.security() == OpcUaSecurity.NONE ? MessageSecurityMode.None
                : MessageSecurityMode.SignAndEncrypt;
        Optional<EndpointDescription> chosen = endpoints.stream()
                .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()))
                .filter(e -> mode == e.getSecurityMode())
                .findFirst()
                // The server advertises its own host name; reach it the way the configuration does.
                .map(e -> EndpointUtil.updateUrl(e, config.host(), config.port()));
        if (chosen.isEmpty()) {
            endpoints.stream().map(e -> e.getSecurityPolicyUri().replaceFirst(".*#", "") + "/" + e.getSecurityMode())
                    .distinct().forEach(offeredWhenNoMatch::add);
        }
        return chosen;
    }

    private static IdentityProvider identity(OpcUaSourceConfig config, ClientPki pki) {
        if (config.username().isEmpty()) {
            return AnonymousProvider.INSTANCE;
        }
        return new UsernameProvider(config.username().get(), config.password().orElseThrow(),
                pki.serverCertificateValidator());
    }

    /** Problems with single monitored items (e.g. an unknown node id); the rest still deliver. */
    public List<String> itemProblems() {
        return itemProblems;
    }

    /** Ends the session and the TCP connection, waiting at most a few seconds; never throws. */
    public void close() {
        disconnect(client);
    }

    private static void disconnect(OpcUaClient client) {
        try {
            client.disconnectAsync().get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("Disconnect from {} did not complete cleanly: {}", client.getConfig().getEndpoint()
                    .getEndpointUrl(), e.toString());
        }
    }
}
