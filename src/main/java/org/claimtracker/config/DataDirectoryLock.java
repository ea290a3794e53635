package org.claimtracker.config;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Ownership of a data folder: an operating-system lock on {@code claimtracker.lock}, held by the live application
 * for as long as it runs and released by the kernel when its process dies, however it dies. The file names the
 * owner (pid and start time) so that a second instance can say whom it found. While the lock is held, no other
 * instance touches the folder's PostgreSQL; once it is free, whatever server still runs there is an orphan.
 */
public final class DataDirectoryLock implements Closeable {

    static final String FILE_NAME = "claimtracker.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder, or refuses with a message naming the instance that has it. */
    public static DataDirectoryLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very JVM holds it already: another instance all the same
            }
            if (lock == null) {
                String owner = Files.readString(file, StandardCharsets.UTF_8).strip().replace('\n', ' ');
                channel.close();
                throw new DataFolderInUseException("Another Claim Tracker is running on the data folder " + dataDir
                        + " (" + (owner.isEmpty() ? "owner unknown" : owner) + "); it was left untouched. Stop it "
                        + "first, or set claimtracker.data-dir (CLAIMTRACKER_DATA_DIR) to another folder.");
            }
            ProcessHandle self = ProcessHandle.current();
            String owner = "pid " + self.pid() + ", started "
                    + self.info().startInstant().orElse(Instant.now()) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data folder " + dataDir, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing with the cause that matters
            }
        }
    }
}
