package dev.breakwater.signature.lists;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Hands out the current signature lists and reloads them, without a restart, when the files in the
 * list directory change.
 *
 * <p>A change is noticed by the files' modification times and sizes, looked at no more often than
 * the check interval (so a busy processor does not stat five files per crash). Edited lists that do
 * not load (a bad regular expression) are rejected: the lists in use stay, the error is logged once
 * and kept in {@link #lastError()}. If the directory's lists are invalid at start-up, the shipped
 * lists are used until the files are fixed.
 *
 * <p>Thread-safe: {@link #current()} never blocks; one caller at a time reloads while the others
 * keep using the previous lists.
 */
public final class SignatureListsSource {

  /** How often the list files are looked at when no interval is given. */
  public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(5);

  private static final Logger LOG = System.getLogger(SignatureListsSource.class.getName());

  private final Path directory;
  private final long checkIntervalNanos;
  private final LongSupplier nanoClock;
  private final ReentrantLock reloadLock = new ReentrantLock();

  private volatile Snapshot snapshot;
  private volatile String lastError;

  private record Snapshot(SignatureLists lists, List<Object> fingerprint, long nextCheckNanos) {}

  private SignatureListsSource(
      SignatureLists initial, Path directory, Duration checkInterval, LongSupplier nanoClock) {
    this.directory = directory;
    this.checkIntervalNanos = checkInterval.toNanos();
    this.nanoClock = nanoClock;
    this.snapshot = new Snapshot(initial, List.of(), 0);
    if (directory != null) {
      if (!Files.isDirectory(directory)) {
        LOG.log(
            Level.WARNING,
            "signature list directory {0} does not exist; the shipped lists are used until it does",
            directory);
      }
      reload(nanoClock.getAsLong(), true);
    }
  }

  /** The lists shipped with the processor; they never change. */
  public static SignatureListsSource included() {
    return fixed(SignatureListsLoader.loadIncluded());
  }

  /** Always the given lists. */
  public static SignatureListsSource fixed(SignatureLists lists) {
    return new SignatureListsSource(
        Objects.requireNonNull(lists, "signature lists"), null, Duration.ZERO, System::nanoTime);
  }

  /**
   * Lists read from {@code directory} (files missing there come from the shipped copy), checked for
   * changes at most every {@link #DEFAULT_CHECK_INTERVAL}.
   */
  public static SignatureListsSource reloading(Path directory) {
    return reloading(directory, DEFAULT_CHECK_INTERVAL);
  }

  /** Lists read from {@code directory}, checked for changes at most every {@code interval}. */
  public static SignatureListsSource reloading(Path directory, Duration interval) {
    return reloading(directory, interval, System::nanoTime);
  }

  static SignatureListsSource reloading(Path directory, Duration interval, LongSupplier clock) {
    Objects.requireNonNull(directory, "signature list directory");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("check interval must not be negative: " + interval);
    }
    return new SignatureListsSource(
        SignatureListsLoader.loadIncluded(), directory, interval, clock);
  }

  /** The lists to use now. */
  public SignatureLists current() {
    Snapshot current = snapshot;
    if (directory == null) {
      return current.lists();
    }
    long now = nanoClock.getAsLong();
    if (now - current.nextCheckNanos() >= 0 && reloadLock.tryLock()) {
      try {
        if (snapshot == current) {
          reload(now, false);
        }
      } finally {
        reloadLock.unlock();
      }
    }
    return snapshot.lists();
  }

  /** Why the most recent attempt to load the directory's lists failed, if it did. */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  private void reload(long now, boolean initial) {
    Snapshot current = snapshot;
    List<Object> fingerprint = fingerprint();
    long nextCheck = now + checkIntervalNanos;
    if (!initial && fingerprint.equals(current.fingerprint())) {
      snapshot = new Snapshot(current.lists(), fingerprint, nextCheck);
      return;
    }
    try {
      SignatureLists lists = SignatureListsLoader.load(directory);
      snapshot = new Snapshot(lists, fingerprint, nextCheck);
      lastError = null;
      if (!initial) {
        LOG.log(Level.INFO, "reloaded signature lists from {0}", directory);
      }
    } catch (RuntimeException e) {
      // Remember the fingerprint of the broken files so they are not re-read on every check.
      snapshot = new Snapshot(current.lists(), fingerprint, nextCheck);
      lastError = e.getMessage();
      LOG.log(
          Level.WARNING,
          "signature lists in {0} rejected, still using {1}: {2}",
          directory,
          current.lists().origin(),
          e.getMessage());
    }
  }

  /** Modification time and size of each list file (or "absent"). */
  private List<Object> fingerprint() {
    List<Object> parts = new ArrayList<>();
    for (SignatureListFile file : SignatureListFile.values()) {
      Path path = directory.resolve(file.fileName());
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        parts.add(attributes.lastModifiedTime());
        parts.add(attributes.size());
      } catch (NoSuchFileException e) {
        parts.add("absent");
      } catch (IOException e) {
        parts.add("unreadable: " + e.getMessage());
      }
    }
    return parts;
  }
}
