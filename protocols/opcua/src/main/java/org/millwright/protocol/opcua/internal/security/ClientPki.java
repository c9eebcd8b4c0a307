package org.millwright.protocol.opcua.internal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client side of OPC UA security in one folder:
 * <ul>
 *   <li>{@code client.p12}: this client's key pair and self-signed application certificate, created on
 *       first use;</li>
 *   <li>{@code trusted/}: DER files of trusted server certificates (watched: changes apply at once);</li>
 *   <li>{@code rejected/}: server certificates the trust check refused;</li>
 *   <li>{@code issuers/}, {@code trusted-crl/}, {@code issuers-crl/}: CA certificates and revocation lists
 *       for CA-signed server certificates.</li>
 * </ul>
 */
public final class ClientPki implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClientPki.class);
    private static final String ALIAS = "client";
    private static final String KEY_STORE_FILE = "client.p12";

    static {
        // Basic256Sha256 needs BouncyCastle for certificate and key handling in Milo.
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final Path[] trustFolders;
    private FileBasedTrustListManager trustList;
    private final RejectedCertificates rejected;
    private final Path trustedDirectory;

    private ClientPki(KeyPair keyPair, X509Certificate certificate, Path[] trustFolders,
                      RejectedCertificates rejected, Path trustedDirectory) throws IOException {
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.trustFolders = trustFolders;
        this.trustList = newTrustList(trustFolders);
        this.rejected = rejected;
        this.trustedDirectory = trustedDirectory;
    }

    /**
     * Opens (creating what is missing) the PKI folder.
     *
     * @throws IllegalStateException naming the folder when it cannot be read or written
     */
    public static ClientPki open(Path directory, String keyStorePassword, String applicationUri) {
        try {
            Path trusted = Files.createDirectories(directory.resolve("trusted"));
            Path rejectedDir = Files.createDirectories(directory.resolve("rejected"));
            Path trustedCrl = Files.createDirectories(directory.resolve("trusted-crl"));
            Path issuers = Files.createDirectories(directory.resolve("issuers"));
            Path issuersCrl = Files.createDirectories(directory.resolve("issuers-crl"));
            KeyStore store = loadOrCreate(directory.resolve(KEY_STORE_FILE), keyStorePassword.toCharArray(),
                    applicationUri);
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, keyStorePassword.toCharArray());
            X509Certificate cert = (X509Certificate) store.getCertificate(ALIAS);
            if (key == null || cert == null) {
                throw new IllegalStateException("key store " + directory.resolve(KEY_STORE_FILE)
                        + " has no key entry '" + ALIAS + "'");
            }
            return new ClientPki(new KeyPair(cert.getPublicKey(), key), cert,
                    new Path[] {trusted, trustedCrl, issuers, issuersCrl}, new RejectedCertificates(rejectedDir),
                    trusted);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the OPC UA PKI folder " + directory + ": " + e, e);
        }
    }

    private static KeyStore loadOrCreate(Path file, char[] password, String applicationUri) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            return store;
        }
        KeyPair pair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate cert = new SelfSignedCertificateBuilder(pair)
                .setCommonName("Millwright OPC UA client")
                .setOrganization("Millwright")
                .setApplicationUri(applicationUri)
                .addDnsName("localhost")
                .addIpAddress("127.0.0.1")
                .build();
        store.load(null, password);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {cert});
        Path temp = Files.createTempFile(file.getParent(), "client", ".p12.tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        Files.move(temp, file);
        LOG.info("Created the OPC UA client certificate {} (application URI {}); servers must trust it",
                file, applicationUri);
        return store;
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    private static FileBasedTrustListManager newTrustList(Path[] folders) throws IOException {
        // Milo's order: issuer certificates, issuer CRLs, trusted certificates, trusted CRLs.
        FileBasedTrustListManager manager = new FileBasedTrustListManager(folders[2], folders[3], folders[0],
                folders[1]);
        manager.initialize();
        return manager;
    }

    /**
     * Re-reads the trust folders, so that a certificate an operator just moved into {@code trusted/} counts
     * for the next connection attempt. Called by the source's owner thread before each attempt.
     */
    public synchronized void reloadTrustList() {
        try {
            FileBasedTrustListManager fresh = newTrustList(trustFolders);
            closeQuietly(trustList);
            trustList = fresh;
        } catch (IOException e) {
            LOG.warn("Could not re-read the trust folder {}; keeping the previous trust list: {}", trustedDirectory,
                    e.toString());
        }
    }

    /** Validates server certificates against {@code trusted/}, writing refused ones to {@code rejected/}. */
    public synchronized CertificateValidator serverCertificateValidator() {
        return new DefaultClientCertificateValidator(trustList, rejected);
    }

    public RejectedCertificates rejected() {
        return rejected;
    }

    public Path trustedDirectory() {
        return trustedDirectory;
    }

    @Override
    public synchronized void close() {
        closeQuietly(trustList);
    }

    private static void closeQuietly(FileBasedTrustListManager manager) {
        try {
            manager.close();
        } catch (IOException e) {
            LOG.debug("Closing the trust list watcher failed", e);
        }
    }
}
