package io.zkmig.runner.ledger;

import io.zkmig.spec.StateFolder;
import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The migration's local runner lock, an exclusive lock on {@code <stateDir>/runner.lock} held while a runner
 * command works; the operating system releases it when the process ends, however it ends. Taking it claims the
 * state folder ({@link StateFolder#claim}: 0700, marked); the lock file is 0600.
 */
public final class RunnerLock implements AutoCloseable {
    public static final String FILE_NAME = StateFolder.RUNNER_LOCK;

    private final FileChannel channel;
    private final FileLock lock;

    private RunnerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or refuses at once ({@link LedgerLockedException}) when another runner holds it. */
    public static RunnerLock take(Path stateDir) throws IOException {
        StateFolder.claim(stateDir);
        Path file = stateDir.resolve(FILE_NAME);
        PrivateFiles.createFile(file);
        PrivateFiles.restrict(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock taken;
        try {
            taken = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            taken = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (taken == null) {
            channel.close();
            throw LedgerLockedException.held("lock " + file + " is held");
        }
        return new RunnerLock(channel, taken);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
