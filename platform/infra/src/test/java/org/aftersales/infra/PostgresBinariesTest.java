package org.aftersales.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;

class PostgresBinariesTest {

    @Test
    void extractsOnceKeepingExecutableBitsAndSymlinks() throws Exception {
        Path binaries = PostgresServer.binaries();
        assertThat(binaries.getFileName().toString()).isEqualTo("aftersales-postgres-"
                + Support.buildProperty("postgres.binaries.version"));
        assertThat(PostgresServer.binaries()).isEqualTo(binaries);
        assertThat(binaries.resolve(".complete")).isRegularFile();

        for (String tool : new String[] {"initdb", "postgres", "pg_ctl"}) {
            assertThat(Files.getPosixFilePermissions(binaries.resolve("bin").resolve(tool)))
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        }
        Path libpq = binaries.resolve("lib/libpq.so.5");
        assertThat(Files.isSymbolicLink(libpq)).isTrue();
        assertThat(Files.readSymbolicLink(libpq).toString()).isEqualTo("libpq.so.5.17");
        assertThat(Files.getPosixFilePermissions(binaries.resolve("share"), LinkOption.NOFOLLOW_LINKS))
                .contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
    }
}
