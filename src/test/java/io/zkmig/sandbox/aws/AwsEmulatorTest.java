package io.zkmig.sandbox.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sts.StsClient;

/** The emulator the project starts itself: healthy, answering the SDK, offline, and gone after close. */
@Tag("aws")
class AwsEmulatorTest {
    @TempDir
    Path dir;

    @Test
    void startsHealthyAnswersTheSdkAsTheLegacyAccountAndStopsByPid() throws Exception {
        EmulatorKind kind = EmulatorKind.fromEnvironment(System.getenv());
        long pid;
        try (AwsEmulator emulator = AwsEmulator.start(kind, dir, Duration.ofMinutes(2))) {
            pid = emulator.pid();
            System.out.printf("%s healthy after %d ms, RSS %d kB%n", kind.displayName(), emulator.startTime().toMillis(),
                    emulator.residentKilobytes().orElse(-1));
            try (StsClient sts = EmulatorClients.sts(emulator.endpoint(), EmulatorAccounts.LEGACY)) {
                assertEquals(EmulatorAccounts.LEGACY, sts.getCallerIdentity().account());
            }
            try (StsClient sts = EmulatorClients.instaclustrSts(emulator.endpoint())) {
                assertEquals(EmulatorAccounts.INSTACLUSTR, sts.getCallerIdentity().account(),
                        "the assumed role's keys act in the Instaclustr account");
            }
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "stopped by its PID");
        if (kind == EmulatorKind.LOCALSTACK) {
            assertTrue(Files.isDirectory(dir.resolve("filesystem")), "LocalStack's files stay in its own folder");
            assertFalse(Files.readString(dir.resolve("emulator.log")).contains("api.localstack.cloud"),
                    "nothing was fetched from the internet");
        }
    }

    @Test
    void theSwitchNamesTheEmulatorAndRefusesAnUnknownOne() {
        assertEquals(EmulatorKind.LOCALSTACK, EmulatorKind.fromEnvironment(Map.of()));
        assertEquals(EmulatorKind.MOTO, EmulatorKind.fromEnvironment(Map.of(EmulatorKind.SWITCH, "moto")));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EmulatorKind.fromEnvironment(Map.of(EmulatorKind.SWITCH, "dynamo")));
        assertEquals("ZKMIG_AWS_EMULATOR=dynamo is not an AWS emulator zkmig runs: use localstack or moto", e.getMessage());
    }
}
