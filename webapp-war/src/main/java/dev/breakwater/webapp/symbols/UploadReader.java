package dev.breakwater.webapp.symbols;

import dev.breakwater.common.io.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Turns an upload request body into files on disk, never holding a file in memory: the parts of a
 * {@code multipart/form-data} body (any part name; parts without a file name are ignored) or the
 * raw body, and the {@code .sym} entries of every zip among them. A zip is recognised by its
 * content (the {@code PK} signature), whatever its name or content type.
 *
 * <p>Zip entries that are not {@code .sym} files are refused (and so, later, the whole upload);
 * directories are skipped. Limits: the body as sent, the bytes of all files after unzipping (zip
 * bombs), and the number of files including zip entries.
 */
final class UploadReader {
  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP_SIGNATURE = {'P', 'K', 5, 6};

  /** Display name of a file sent as the raw request body. */
  static final String BODY_NAME = "(request body)";

  private final SymbolUploadLimits limits;
  private final Path spoolParent;

  UploadReader(SymbolUploadLimits limits, Path spoolParent) {
    this.limits = limits;
    this.spoolParent = spoolParent;
  }

  /**
   * Reads one request body.
   *
   * @param contentType the request's content type, or null
   * @param contentLength the declared length, or -1
   * @throws UploadTooLargeException when a limit is exceeded
   * @throws MalformedUploadException when the body is not an upload
   */
  ReceivedUpload read(String contentType, long contentLength, InputStream body) throws IOException {
    if (contentLength > limits.maxUploadBytes()) {
      throw new UploadTooLargeException(UploadLimit.UPLOAD_BYTES, limits.maxUploadBytes());
    }
    LimitedInputStream limited =
        new LimitedInputStream(
            body,
            limits.maxUploadBytes(),
            max -> new UploadTooLargeException(UploadLimit.UPLOAD_BYTES, max));
    Files.createDirectories(spoolParent);
    ReceivedUpload upload =
        new ReceivedUpload(Files.createTempDirectory(spoolParent, "symbol-upload-"));
    try {
      Reading reading = new Reading(upload);
      String type = mediaType(contentType);
      if (type.startsWith("multipart/")) {
        reading.multipart(contentType, contentLength, limited);
      } else if (type.equals("application/x-www-form-urlencoded")) {
        throw new MalformedUploadException(
            "a form-encoded body cannot hold a file: send a .sym as text/plain or"
                + " application/octet-stream, a zip as application/zip, or multipart/form-data");
      } else {
        reading.rawBody(limited);
      }
      return upload;
    } catch (IOException | RuntimeException e) {
      upload.close();
      if (limited.exceeded() && !(e instanceof UploadTooLargeException)) {
        throw new UploadTooLargeException(UploadLimit.UPLOAD_BYTES, limits.maxUploadBytes());
      }
      throw e;
    }
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** The state of reading one body: where files go and how much of the budget is left. */
  private final class Reading {
    private final ReceivedUpload upload;
    private long uncompressedLeft = limits.maxUncompressedBytes();

    Reading(ReceivedUpload upload) {
      this.upload = upload;
    }

    void multipart(String contentType, long contentLength, InputStream body) throws IOException {
      var parser = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>();
      try {
        FileItemInputIterator items =
            parser.getItemIterator(context(contentType, contentLength, body));
        while (items.hasNext()) {
          FileItemInput item = items.next();
          if (item.isFormField()) {
            continue;
          }
          String name = item.getName().isBlank() ? item.getFieldName() : item.getName();
          try (InputStream in = item.getInputStream()) {
            file(name, in);
          }
        }
      } catch (UploadTooLargeException e) {
        throw e;
      } catch (FileUploadException e) {
        throw new MalformedUploadException("malformed multipart body: " + e.getMessage(), e);
      }
    }

    /** The whole body is one file; an empty body holds none. */
    void rawBody(InputStream in) throws IOException {
      Path spool = upload.newSpoolFile();
      long size = Files.copy(in, spool);
      if (size > 0) {
        received(BODY_NAME, spool, size);
      }
    }

    /** Spools one file; a zip is expanded into its entries. */
    void file(String name, InputStream in) throws IOException {
      Path spool = upload.newSpoolFile();
      received(name, spool, Files.copy(in, spool));
    }

    private void received(String name, Path spool, long size) throws IOException {
      countOne();
      if (isZip(spool)) {
        zip(name, spool);
        Files.delete(spool);
        return;
      }
      take(size);
      upload.add(new ReceivedFile(name, spool, size));
    }

    private void zip(String zipName, Path spool) throws IOException {
      try (ZipFile zip = new ZipFile(spool.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          if (!entry.isDirectory()) {
            zipEntry(zipName, zip, entry);
          }
        }
      } catch (ZipException e) {
        upload.reject(zipName, "not a readable zip file: " + e.getMessage());
      }
    }

    private void zipEntry(String zipName, ZipFile zip, ZipEntry entry) throws IOException {
      String name = zipName + "!" + entry.getName();
      countOne();
      if (!entry.getName().toLowerCase(Locale.ROOT).endsWith(".sym")) {
        upload.reject(name, "not a .sym file");
        return;
      }
      Path out = upload.newSpoolFile();
      // The sizes in a zip's directory are the sender's word: count what inflates instead.
      long size;
      try (InputStream in =
          new LimitedInputStream(
              zip.getInputStream(entry),
              uncompressedLeft,
              max -> new UploadTooLargeException(UploadLimit.UNCOMPRESSED_BYTES, max))) {
        size = Files.copy(in, out);
      } catch (UploadTooLargeException e) {
        throw new UploadTooLargeException(
            UploadLimit.UNCOMPRESSED_BYTES, limits.maxUncompressedBytes());
      }
      take(size);
      upload.add(new ReceivedFile(name, out, size));
    }

    private void countOne() throws UploadTooLargeException {
      if (upload.count() >= limits.maxFiles()) {
        throw new UploadTooLargeException(UploadLimit.FILES, limits.maxFiles());
      }
    }

    private void take(long size) throws UploadTooLargeException {
      uncompressedLeft -= size;
      if (uncompressedLeft < 0) {
        throw new UploadTooLargeException(
            UploadLimit.UNCOMPRESSED_BYTES, limits.maxUncompressedBytes());
      }
    }
  }

  private static boolean isZip(Path file) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 4) < 4) {
        return false;
      }
    }
    return Arrays.equals(head, ZIP_SIGNATURE) || Arrays.equals(head, EMPTY_ZIP_SIGNATURE);
  }

  private static RequestContext context(String contentType, long contentLength, InputStream in) {
    return new RequestContext() {
      @Override
      public String getCharacterEncoding() {
        return null;
      }

      @Override
      public long getContentLength() {
        return contentLength;
      }

      @Override
      public String getContentType() {
        return contentType;
      }

      @Override
      public InputStream getInputStream() {
        return in;
      }

      @Override
      public boolean isMultipartRelated() {
        return false;
      }
    };
  }
}
