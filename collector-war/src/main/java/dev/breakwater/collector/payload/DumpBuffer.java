package dev.breakwater.collector.payload;

import dev.breakwater.common.storage.BlobStore.BlobSource;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Holds one dump between reading it from the request and writing it to storage, computing its
 * SHA-256 on the way in. Small dumps (the common case, ~200 KiB) stay in memory chunks; once the
 * request's {@link MemoryAllowance} is used up the dump is spooled to a temporary file, so memory
 * per request stays bounded however large the upload. The buffer is needed at all because the crash
 * ID, and so the storage key, depends on the throttle decision, which needs every annotation, and
 * annotations may follow the dumps in the body.
 */
public final class DumpBuffer implements AutoCloseable {

  private static final int CHUNK = 64 * 1024;

  private final MemoryAllowance allowance;
  private final Path spoolDirectory;
  private final MessageDigest sha256 = newDigest();
  private final List<byte[]> chunks = new ArrayList<>();
  private int lastChunkFill = CHUNK;
  private long length;
  private Path spoolFile;
  private OutputStream spoolOut;
  private String checksum;

  DumpBuffer(MemoryAllowance allowance, Path spoolDirectory) {
    this.allowance = allowance;
    this.spoolDirectory = spoolDirectory;
  }

  /** Reads {@code in} to its end into this buffer. */
  void readFrom(InputStream in) throws IOException {
    while (true) {
      if (spoolOut != null) {
        copyToSpool(in);
        return;
      }
      if (lastChunkFill == CHUNK && !addChunk()) {
        spool();
        continue;
      }
      byte[] chunk = chunks.get(chunks.size() - 1);
      int n = in.read(chunk, lastChunkFill, CHUNK - lastChunkFill);
      if (n < 0) {
        return;
      }
      sha256.update(chunk, lastChunkFill, n);
      lastChunkFill += n;
      length += n;
    }
  }

  private boolean addChunk() {
    if (!allowance.take(CHUNK)) {
      return false;
    }
    chunks.add(new byte[CHUNK]);
    lastChunkFill = 0;
    return true;
  }

  /**
   * Moves the dump to a spool file. Failures of the local disk are the collector's, not the
   * client's: they are thrown unchecked so that they are not taken for a broken request body.
   */
  private void spool() {
    try {
      spoolFile = Files.createTempFile(spoolDirectory, "dump-", ".spool");
      spoolOut = new BufferedOutputStream(Files.newOutputStream(spoolFile), CHUNK);
      for (int i = 0; i < chunks.size(); i++) {
        int fill = i == chunks.size() - 1 ? lastChunkFill : CHUNK;
        spoolOut.write(chunks.get(i), 0, fill);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("spooling a dump to " + spoolDirectory + " failed", e);
    }
    releaseChunks();
  }

  private void copyToSpool(InputStream in) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      sha256.update(buffer, 0, n);
      try {
        spoolOut.write(buffer, 0, n);
      } catch (IOException e) {
        throw new UncheckedIOException("spooling a dump to " + spoolDirectory + " failed", e);
      }
      length += n;
    }
  }

  /** Ends writing; computes the checksum. */
  void finish() {
    if (spoolOut != null) {
      try {
        spoolOut.close();
      } catch (IOException e) {
        throw new UncheckedIOException("spooling a dump to " + spoolDirectory + " failed", e);
      }
    }
    checksum = HexFormat.of().formatHex(sha256.digest());
  }

  /** Hex SHA-256 of the dump; available after {@link #finish()}. */
  public String sha256() {
    return checksum;
  }

  /** Length in bytes. */
  public long length() {
    return length;
  }

  /** Whether the dump was spooled to disk. */
  public boolean spooled() {
    return spoolFile != null;
  }

  /** The content, re-readable for storage retries. */
  public BlobSource content() {
    return new BlobSource() {
      @Override
      public long length() {
        return length;
      }

      @Override
      public InputStream open() throws IOException {
        return spoolFile != null ? Files.newInputStream(spoolFile) : chunkStream();
      }
    };
  }

  private InputStream chunkStream() {
    List<InputStream> parts = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      int fill = i == chunks.size() - 1 ? lastChunkFill : CHUNK;
      parts.add(new ByteArrayInputStream(chunks.get(i), 0, fill));
    }
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  private void releaseChunks() {
    allowance.giveBack((long) chunks.size() * CHUNK);
    chunks.clear();
    lastChunkFill = CHUNK;
  }

  /** Frees memory and deletes the spool file. */
  @Override
  public void close() {
    releaseChunks();
    if (spoolFile != null) {
      try {
        if (spoolOut != null) {
          spoolOut.close();
        }
        Files.deleteIfExists(spoolFile);
      } catch (IOException e) {
        // The file is in the spool directory, which operators may clean; nothing else to do.
      }
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
