package dev.breakwater.collector.payload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Streams the parts of a multipart body with Commons FileUpload's iterator API, which keeps nothing
 * in memory or on disk by itself: each part is an input stream read straight from the (possibly
 * decompressed) request body.
 */
final class MultipartBody {

  private MultipartBody() {}

  /** Iterates the parts of {@code body} (already decoded) with the request's content type. */
  static FileItemInputIterator parts(String contentType, InputStream body) throws IOException {
    JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload =
        new JakartaServletFileUpload<>();
    // Limits are enforced by the reader's own streams, which know compressed from decompressed.
    upload.setMaxSize(-1);
    upload.setMaxFileSize(-1);
    upload.setHeaderCharset(StandardCharsets.UTF_8);
    return upload.getItemIterator(new BodyContext(contentType, body));
  }

  /** The delimiter that opens every part: {@code --<boundary>}. */
  static byte[] delimiter(String contentType) {
    byte[] boundary = new JakartaServletFileUpload<>().getBoundary(contentType);
    byte[] delimiter = new byte[boundary.length + 2];
    delimiter[0] = '-';
    delimiter[1] = '-';
    System.arraycopy(boundary, 0, delimiter, 2, boundary.length);
    return delimiter;
  }

  private record BodyContext(String contentType, InputStream body) implements RequestContext {

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public Charset getCharset() {
      return StandardCharsets.UTF_8;
    }

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public InputStream getInputStream() {
      return body;
    }

    @Override
    public boolean isMultipartRelated() {
      return false;
    }
  }
}
