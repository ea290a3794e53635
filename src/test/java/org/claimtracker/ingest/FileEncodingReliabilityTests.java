package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-16 files are converted when they say so, and explained when they do not; sizes are checked before reading. */
@Tag("reliability")
class FileEncodingReliabilityTests {

    private static final String TEXT = "“We must be open,” he told reporters.";

    private final ArticleFileReader reader = new ArticleFileReader(1_000);

    @TempDir
    Path dir;

    @Test
    void utf16WithAByteOrderMarkIsConvertedInEitherByteOrder() throws Exception {
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));

        assertThat(reader.read("le.txt", littleEndian).body()).isEqualTo(TEXT);
        assertThat(reader.read("be.txt", bigEndian).body()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRejectedSayingSo() {
        assertThatThrownBy(() -> reader.read("a.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(RejectedFileException.class)
                .hasMessage("UTF-16 without a byte order mark is not supported; save the file as UTF-8");
        assertThatThrownBy(() -> reader.read("a.txt", new byte[] {'a', 0, 0, 0, 7, 9, 0, 3}))
                .hasMessage("binary file: it contains NUL bytes");
    }

    @Test
    void aFileOverTheLimitIsRejectedBeforeItIsRead() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2_000]);
        big.toFile().setReadable(false); // reading it would fail: only its size may be looked at

        assertThatThrownBy(() -> reader.read(big)).isInstanceOf(RejectedFileException.class)
                .hasMessage("file is 2000 bytes, over the limit of 1000");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
