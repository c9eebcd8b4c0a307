package org.millwright.cli.internal.backtest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts the bytes read and prints the percentage done to the error writer at most once per interval, on the
 * reading thread (no timer thread: a stalled reader reports nothing, which is the truth).
 */
final class ProgressInputStream extends FilterInputStream {
    private final long total;
    private final String label;
    private final PrintWriter err;
    private final Clock clock;
    private final Duration every;
    private long read;
    private Instant lastReport;

    ProgressInputStream(InputStream in, long total, String label, PrintWriter err, Clock clock, Duration every) {
        super(in);
        this.total = total;
        this.label = label;
        this.err = err;
        this.clock = clock;
        this.every = every;
        this.lastReport = clock.instant();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        read += n;
        Instant now = clock.instant();
        if (Duration.between(lastReport, now).compareTo(every) >= 0 && read < total) {
            lastReport = now;
            err.printf("%s: %d%% (%d of %d MB)%n", label, total == 0 ? 100 : read * 100 / total, read >> 20, total >> 20);
            err.flush();
        }
    }
}
