package dev.breakwater.webapp.symbols;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Symbol files, zips and multipart bodies for tests. */
final class SymbolFiles {
  static final String DEBUG_ID = "5A9832E5287241C1838ED98914E9B7FF1";

  private SymbolFiles() {}

  static String sym(String debugId, String debugFile) {
    return "MODULE windows x86 "
        + debugId
        + " "
        + debugFile
        + "\nFILE 1 test.cc\nFUNC 1000 10 0 CrashFunction\n1000 10 58 1\nPUBLIC 2000 0 main\n";
  }

  static byte[] symBytes(String debugId, String debugFile) {
    return sym(debugId, debugFile).getBytes(StandardCharsets.UTF_8);
  }

  /** A zip of the given entries (name → content), in order. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A multipart/form-data body with one file part per entry (file name → content). */
  static byte[] multipart(String boundary, Map<String, byte[]> files) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int i = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file"
              + i++
              + "\"; filename=\""
              + file.getKey()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(file.getValue());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return body.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
