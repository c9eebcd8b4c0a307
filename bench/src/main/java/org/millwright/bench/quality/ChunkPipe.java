package org.millwright.bench.quality;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded text pipe from one writing thread to one or more reading threads, each reader getting all the text:
 * text goes over in chunks of about 64 K characters ({@link java.io.PipedWriter} locks once per character, far too
 * slow for gigabytes of recording). The writer blocks while a reader has {@value #DEPTH} chunks waiting; every
 * hand-over waits at most {@link #TIMEOUT_SECONDS} s, so a dead partner fails the run instead of hanging it.
 */
final class ChunkPipe {
    static final int CHUNK = 1 << 16;
    private static final int DEPTH = 16;
    private static final long TIMEOUT_SECONDS = 600;
    private static final String END = new String(""); // identity marker, never a real chunk

    private final List<BlockingQueue<String>> queues = new ArrayList<>();
    private volatile Throwable aborted;

    ChunkPipe(int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("a pipe needs a reader: " + readers);
        }
        for (int i = 0; i < readers; i++) {
            queues.add(new ArrayBlockingQueue<>(DEPTH));
        }
    }

    /** The writing end: call only from the writing thread, and close it when done. */
    Writer writer() {
        return new Writer() {
            private final StringBuilder pending = new StringBuilder(CHUNK + 256);

            @Override
            public void write(char[] text, int off, int len) throws IOException {
                pending.append(text, off, len);
                if (pending.length() >= CHUNK) {
                    flush();
                }
            }

            @Override
            public Writer append(CharSequence text) throws IOException {
                pending.append(text);
                if (pending.length() >= CHUNK) {
                    flush();
                }
                return this;
            }

            @Override
            public void flush() throws IOException {
                if (!pending.isEmpty()) {
                    hand(pending.toString());
                    pending.setLength(0);
                }
            }

            @Override
            public void close() throws IOException {
                flush();
                hand(END);
            }
        };
    }

    /** The reading end {@code index} (from 0): call only from its reading thread. */
    Reader reader(int index) {
        BlockingQueue<String> chunks = queues.get(index);
        return new Reader() {
            private String chunk = "";
            private int at;
            private boolean ended;

            @Override
            public int read(char[] into, int off, int len) throws IOException {
                while (at == chunk.length()) {
                    if (ended) {
                        return -1;
                    }
                    String next = take(chunks);
                    if (next == END) {
                        ended = true;
                    } else {
                        chunk = next;
                        at = 0;
                    }
                }
                int n = Math.min(len, chunk.length() - at);
                chunk.getChars(at, at + n, into, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
                // the writer side ends the stream
            }
        };
    }

    /** A reader failed: the writer stops at its next hand-over instead of waiting for it. */
    void abort(Throwable cause) {
        aborted = cause;
    }

    private void hand(String chunk) throws IOException {
        try {
            for (BlockingQueue<String> chunks : queues) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
                while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    if (aborted != null) {
                        throw new IOException("a reader failed: " + aborted, aborted);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IOException("a reader took no text for " + TIMEOUT_SECONDS + " s");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing over text");
        }
    }

    private static String take(BlockingQueue<String> chunks) throws IOException {
        try {
            String chunk = chunks.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (chunk == null) {
                throw new IOException("the writer gave no text for " + TIMEOUT_SECONDS + " s");
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for text");
        }
    }
}
