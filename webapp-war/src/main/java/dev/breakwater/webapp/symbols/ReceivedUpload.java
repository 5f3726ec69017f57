package dev.breakwater.webapp.symbols;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one upload, spooled into a directory of their own that {@link #close()} deletes, and
 * the entries that were refused while reading it (a zip's non-{@code .sym} entries, an unreadable
 * zip).
 */
final class ReceivedUpload implements AutoCloseable {
  private final Path directory;
  private final List<ReceivedFile> files = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private int spooled;

  ReceivedUpload(Path directory) {
    this.directory = directory;
  }

  /** A fresh file in the upload's directory. */
  Path newSpoolFile() {
    return directory.resolve("part-" + spooled++);
  }

  void add(ReceivedFile file) {
    files.add(file);
  }

  void reject(String file, String reason) {
    rejections.add(new Rejection(file, reason));
  }

  List<ReceivedFile> files() {
    return files;
  }

  List<Rejection> rejections() {
    return rejections;
  }

  /** Files and refused entries together, as counted against the file limit. */
  int count() {
    return files.size() + rejections.size();
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the upload spool " + directory, e);
    }
  }
}
