package org.millwright.embedded.internal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class PostmasterPidFileTest {

    @Test
    void readsPidDataDirectoryAndPortOfAPostgres17LockFile() {
        List<String> lines = List.of("81234", "/srv/millwright/data/postgres", "1764094000", "5433", "/tmp",
                "127.0.0.1", "  5433001         3", "ready   ");

        assertThat(PostmasterPidFile.parse(lines)).hasValueSatisfying(file -> {
            assertThat(file.pid()).isEqualTo(81234);
            assertThat(file.dataDirectory()).contains(Path.of("/srv/millwright/data/postgres"));
            assertThat(file.port()).isEqualTo(OptionalInt.of(5433));
        });
    }

    @Test
    void keepsThePidOfAFileTruncatedAfterItsFirstLine() {
        assertThat(PostmasterPidFile.parse(List.of("4242"))).hasValueSatisfying(file -> {
            assertThat(file.pid()).isEqualTo(4242);
            assertThat(file.dataDirectory()).isEmpty();
            assertThat(file.portText()).isEqualTo("unknown");
        });
    }

    @Test
    void rejectsAFileWithoutANumericPid() {
        assertThat(PostmasterPidFile.parse(List.of())).isEmpty();
        assertThat(PostmasterPidFile.parse(List.of(""))).isEmpty();
        assertThat(PostmasterPidFile.parse(List.of("garbage", "/data"))).isEmpty();
        assertThat(PostmasterPidFile.parse(List.of("-12", "/data"))).isEmpty();
    }

    @Test
    void refusesANonPositivePid() {
        assertThatThrownBy(() -> new PostmasterPidFile(0, Optional.empty(), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PID must be positive");
    }
}
