package org.millwright.embedded.internal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.embedded.internal.postgres.OrphanPostmasters.Outcome;

class OrphanPostmastersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dataDirectory;

    @Test
    void findsNothingInADirectoryThatWasStoppedCleanly() {
        assertThat(OrphanPostmasters.clear(dataDirectory, TIMEOUT)).isEqualTo(Outcome.NOTHING_FOUND);
    }

    @Test
    void removesAPidFileWhoseProcessIsGone() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path pidFile = writePidFile(finished.pid());

        assertThat(OrphanPostmasters.clear(dataDirectory, TIMEOUT)).isEqualTo(Outcome.STALE_PID_FILE_REMOVED);
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void removesAPidFileWhosePidNowBelongsToAnotherProgramWithoutTouchingIt() throws Exception {
        // After a reboot the PID may be reused: here by this very JVM, which must survive.
        Path pidFile = writePidFile(ProcessHandle.current().pid());

        assertThat(OrphanPostmasters.clear(dataDirectory, TIMEOUT)).isEqualTo(Outcome.STALE_PID_FILE_REMOVED);
        assertThat(pidFile).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void removesAnUnreadablePidFile() throws Exception {
        Path pidFile = Files.writeString(dataDirectory.resolve(PostmasterPidFile.FILE_NAME), "\u0000\u0000garbage\n");

        assertThat(OrphanPostmasters.clear(dataDirectory, TIMEOUT)).isEqualTo(Outcome.STALE_PID_FILE_REMOVED);
        assertThat(pidFile).doesNotExist();
    }

    private Path writePidFile(long pid) throws Exception {
        return Files.writeString(dataDirectory.resolve(PostmasterPidFile.FILE_NAME),
                pid + "\n" + dataDirectory + "\n1764094000\n5432\n/tmp\n127.0.0.1\n  5432001 3\nready   \n");
    }
}
