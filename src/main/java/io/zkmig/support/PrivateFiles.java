package io.zkmig.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read: folders 0700, files 0600 (zkmig's state holds a migration's ledger,
 * Terraform state and credentials' digests). On a file system without POSIX permissions the modes are
 * skipped. Also the directory fsync that makes a newly created file's name durable.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and any missing parents, each created one 0700; existing folders are left as they are. */
    public static Path createFolders(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            Files.createDirectory(absolute, attributes(absolute.getParent(), FOLDER));
            fsyncFolder(absolute.getParent());
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        return dir;
    }

    /** Creates an empty 0600 file if none exists (its folder fsynced); true when it was created. */
    public static boolean createFile(Path file) throws IOException {
        try {
            Files.createFile(file, attributes(file.toAbsolutePath().getParent(), FILE));
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        fsyncFolder(file.toAbsolutePath().getParent());
        return true;
    }

    /** Writes {@code bytes} to a 0600 file, replacing it atomically (a temporary file moved over it). */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        createFile(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        fsyncFolder(file.toAbsolutePath().getParent());
    }

    /** Sets a folder to 0700 or a file to 0600 (one zkmig created earlier, with looser modes). */
    public static void restrict(Path path) throws IOException {
        if (supportsPosix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /** Makes the names in {@code dir} durable (a created, renamed or removed file survives a crash). */
    public static void fsyncFolder(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some platforms cannot open a folder for reading; there the rename is as durable as it gets
            if (Files.isDirectory(dir) && !isLinux()) {
                return;
            }
            throw e;
        }
    }

    private static FileAttribute<?>[] attributes(Path parent, Set<PosixFilePermission> mode) {
        return parent != null && supportsPosix(parent)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
                : new FileAttribute<?>[0];
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }
}
