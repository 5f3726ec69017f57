package dev.breakwater.signature.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the signature lists from a directory, falling back file by file to the copy shipped on the
 * classpath.
 *
 * <p>File format: UTF-8, one entry per line; surrounding whitespace is dropped; empty lines and
 * lines starting with {@code #} are ignored. Every regular expression is checked when the file is
 * read, so a bad line is reported with its file and line number instead of failing later.
 */
public final class SignatureListsLoader {

  private SignatureListsLoader() {}

  /** The lists shipped with the processor. */
  public static SignatureLists loadIncluded() {
    return build(readAll(null), "included signature lists");
  }

  /**
   * The lists in {@code directory}; a file missing there is taken from the shipped copy.
   *
   * @throws InvalidSignatureListException when a file cannot be read or has an invalid line
   */
  public static SignatureLists load(Path directory) {
    return build(readAll(directory), "signature lists from " + directory);
  }

  private static Map<SignatureListFile, List<String>> readAll(Path directory) {
    Map<SignatureListFile, List<String>> lines = new EnumMap<>(SignatureListFile.class);
    for (SignatureListFile file : SignatureListFile.values()) {
      Path candidate = directory == null ? null : directory.resolve(file.fileName());
      if (candidate != null && Files.isRegularFile(candidate)) {
        lines.put(file, readEntries(file, candidate.toString(), readFile(candidate)));
      } else {
        lines.put(file, readEntries(file, "classpath:" + file.fileName(), readIncluded(file)));
      }
    }
    return lines;
  }

  private static SignatureLists build(Map<SignatureListFile, List<String>> lines, String origin) {
    List<SignatureSentinel> sentinels = new ArrayList<>();
    for (String line : lines.get(SignatureListFile.SENTINELS)) {
      sentinels.add(SignatureSentinel.parse(line));
    }
    return new SignatureLists(
        SignatureLists.join(lines.get(SignatureListFile.IRRELEVANT)),
        SignatureLists.join(lines.get(SignatureListFile.PREFIX)),
        SignatureLists.join(lines.get(SignatureListFile.LINE_NUMBERS)),
        SignatureLists.join(lines.get(SignatureListFile.TRIM_DLL)),
        sentinels,
        origin);
  }

  /** Returns the entries of one file, regular expressions already in Java syntax. */
  private static List<String> readEntries(SignatureListFile file, String where, String text) {
    List<String> entries = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        entries.add(file.isRegex() ? checkedRegex(line) : checkedSentinel(line));
      } catch (IllegalArgumentException e) {
        throw new InvalidSignatureListException(
            "invalid entry in " + where + " at line " + (i + 1) + ": " + firstLine(e), e);
      }
    }
    return entries;
  }

  private static String checkedRegex(String line) {
    String java = PythonRegex.toJava(line);
    Pattern.compile(java);
    return java;
  }

  private static String checkedSentinel(String line) {
    SignatureSentinel.parse(line);
    return line;
  }

  private static String firstLine(IllegalArgumentException e) {
    String message = e instanceof PatternSyntaxException syntax ? syntax.getDescription() : null;
    return message != null
        ? message
        : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }

  private static String readFile(Path path) {
    try {
      return decode(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new InvalidSignatureListException("cannot read signature list " + path, e);
    }
  }

  private static String readIncluded(SignatureListFile file) {
    String resource = SignatureListFile.CLASSPATH_FOLDER + file.fileName();
    try (InputStream in = SignatureListsLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidSignatureListException("signature list missing: " + resource, null);
      }
      return decode(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }
}
