package dev.breakwater.minidump.conformance;

import dev.breakwater.minidump.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/** The shared minidump corpus beside the project, as the conformance tests read it. */
final class Corpus {
  /** One dump with Breakpad reference output. */
  record Case(String set, String name, Path dump, List<Path> symbolRoots, Path expected) {}

  private final Path root;
  private final Path work;

  private Corpus(Path root, Path work) {
    this.root = root;
    this.work = work;
  }

  /**
   * The corpus ({@link SharedCorpus#root()}: the calling test is skipped without it, or fails when
   * the corpus is required), with {@code work} for the files unpacked from it.
   */
  static Corpus open(Path work) {
    return new Corpus(SharedCorpus.root(), work);
  }

  Path root() {
    return root;
  }

  /** Every minidump (not microdump) that has a Breakpad -m reference, in a stable order. */
  List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    addSet(cases, "breakpad", root.resolve("breakpad"), List.of(root.resolve("breakpad/symbols")));
    Path rust = root.resolve("rust-minidump/testdata");
    addSet(cases, "rust-minidump", rust, List.of(rust.resolve("symbols")));
    addSet(cases, "node-minidump-nosyms", root.resolve("node-minidump"), List.of());
    addSet(cases, "mozilla-pgo", mozillaDumps(), List.of(root.resolve("mozilla-pgo-MPL2/symbols")));
    return cases;
  }

  private void addSet(List<Case> cases, String set, Path dumps, List<Path> symbols)
      throws IOException {
    Path expected = root.resolve("expected/breakpad-head").resolve(set);
    try (Stream<Path> files = Files.list(expected)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".machine.txt")) {
          String name = fileName.substring(0, fileName.length() - ".machine.txt".length());
          cases.add(new Case(set, name, dumps.resolve(name + ".dmp"), symbols, file));
        }
      }
    }
  }

  /** The Firefox dumps are xz-compressed; they are unpacked once into the build directory. */
  private Path mozillaDumps() throws IOException {
    Path target = work.resolve("mozilla-pgo");
    Files.createDirectories(target);
    Path source = root.resolve("mozilla-pgo-MPL2/minidumps");
    try (Stream<Path> files = Files.list(source)) {
      for (Path xz : files.filter(f -> f.toString().endsWith(".dmp.xz")).toList()) {
        String name = xz.getFileName().toString();
        Path dump = target.resolve(name.substring(0, name.length() - 3));
        if (!Files.exists(dump) || Files.size(dump) == 0) {
          unxz(xz, dump);
        }
      }
    }
    return target;
  }

  static void unxz(Path xz, Path out) throws IOException {
    Path partial = out.resolveSibling(out.getFileName() + ".part");
    try (InputStream in = new XZInputStream(Files.newInputStream(xz));
        OutputStream os = Files.newOutputStream(partial)) {
      in.transferTo(os);
    }
    Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
