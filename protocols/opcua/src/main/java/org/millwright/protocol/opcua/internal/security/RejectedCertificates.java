package org.millwright.protocol.opcua.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every server certificate the trust check rejected to {@code rejected/<sha1-thumbprint>.der}, so
 * an operator can inspect it and move it to {@code trusted/}. Remembers the last file written so the
 * source's error message can name it. Thread-safe.
 */
public final class RejectedCertificates implements CertificateQuarantine {
    private static final Logger LOG = LoggerFactory.getLogger(RejectedCertificates.class);

    private final Path directory;
    private final AtomicReference<Path> lastWritten = new AtomicReference<>();

    public RejectedCertificates(Path directory) {
        this.directory = directory;
    }

    /** The folder rejected certificates are written to. */
    public Path directory() {
        return directory;
    }

    /** The file of the certificate rejected since the last call, if any, and forgets it. */
    public Optional<Path> takeLastRejected() {
        return Optional.ofNullable(lastWritten.getAndSet(null));
    }

    /** The file name a certificate gets: its SHA-1 thumbprint in hex, then {@code .der}. */
    public static String fileName(X509Certificate certificate) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
            return HexFormat.of().formatHex(sha1) + ".der";
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    @Override
    public List<X509Certificate> getRejectedCertificates() {
        List<X509Certificate> certificates = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".der")).toList()) {
                try (var in = Files.newInputStream(file)) {
                    certificates.add(CertificateUtil.decodeCertificate(in));
                } catch (Exception e) {
                    LOG.warn("Skipping unreadable certificate file {}: {}", file, e.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return certificates;
    }

    @Override
    public void addRejectedCertificate(X509Certificate certificate) {
        Path target = directory.resolve(fileName(certificate));
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "rejected", ".tmp");
            Files.write(temp, certificate.getEncoded());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            lastWritten.set(target);
        } catch (IOException | CertificateEncodingException e) {
            LOG.warn("Could not write the rejected server certificate {} to {}: {}",
                    certificate.getSubjectX500Principal(), target, e.toString());
        }
    }

    @Override
    public void removeRejectedCertificate(X509Certificate certificate) {
        try {
            Files.deleteIfExists(directory.resolve(fileName(certificate)));
        } catch (IOException e) {
            LOG.warn("Could not delete rejected certificate {}: {}", fileName(certificate), e.toString());
        }
    }
}
