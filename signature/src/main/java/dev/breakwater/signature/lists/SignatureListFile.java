package dev.breakwater.signature.lists;

/** The files that make up the signature lists, by their name in {@code config/signature}. */
enum SignatureListFile {
  IRRELEVANT("irrelevant_signature_re.txt", true),
  PREFIX("prefix_signature_re.txt", true),
  LINE_NUMBERS("signatures_with_line_numbers_re.txt", true),
  TRIM_DLL("trim_dll_signature_re.txt", true),
  SENTINELS("signature_sentinels.txt", false);

  /** Where the copy of the lists shipped in the jar lives on the classpath. */
  static final String CLASSPATH_FOLDER = "/dev/breakwater/signature/lists/";

  private final String fileName;
  private final boolean regex;

  SignatureListFile(String fileName, boolean regex) {
    this.fileName = fileName;
    this.regex = regex;
  }

  String fileName() {
    return fileName;
  }

  /** Whether the lines are regular expressions (otherwise exact frames). */
  boolean isRegex() {
    return regex;
  }
}
