package org.millwright.embedded.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Port probing for servers that bind one local address. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * Asks the operating system for a port that is free on {@code address} right now. Another process may take it
     * before the caller binds it; the callers check again when they start.
     */
    public static int freePort(InetAddress address) {
        try (ServerSocket socket = new ServerSocket(0, 1, address)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + address.getHostAddress(), e);
        }
    }

    /** Whether a server could bind {@code address:port} now (nothing else listens there). */
    public static boolean isFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Same SO_REUSEADDR as PostgreSQL and Netty: TIME_WAIT leftovers do not count as "in use".
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether something accepts TCP connections on {@code address:port} within {@code timeout}. */
    public static boolean acceptsConnections(InetAddress address, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), Math.toIntExact(timeout.toMillis()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
