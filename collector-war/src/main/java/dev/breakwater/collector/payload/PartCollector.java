package dev.breakwater.collector.payload;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.breakwater.collector.payload.CrashReport.PayloadKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sorts the parts of one crash report into annotations and dumps, following Antenna's rules:
 *
 * <ul>
 *   <li>a part whose content type starts with {@code application/json} holds all annotations as one
 *       JSON object;
 *   <li>a {@code text/plain} part (the default when a part has no content type) without a file name
 *       is one annotation;
 *   <li>anything else is a dump, stored under its sanitized field name.
 * </ul>
 */
final class PartCollector implements AutoCloseable {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final PayloadLimits limits;
  private final MemoryAllowance memory;
  private final Path spoolDirectory;
  private Map<String, Object> annotations = new LinkedHashMap<>();
  private final Map<String, DumpBuffer> dumps = new LinkedHashMap<>();
  private boolean hasJson;
  private boolean handedOver;
  private boolean hasTextAnnotations;
  private int parts;
  private long annotationBytes;

  PartCollector(PayloadLimits limits, Path spoolDirectory) {
    this.limits = limits;
    this.memory = new MemoryAllowance(limits.dumpMemoryBytes());
    this.spoolDirectory = spoolDirectory;
  }

  /** Takes one part and reads it to its end. */
  void add(Part part) throws IOException, MalformedCrashReportException {
    if (++parts > limits.maxParts()) {
      throw new PayloadTooLargeException(PayloadLimit.PART_COUNT);
    }
    String name = part.name();
    if (name == null || name.isEmpty()) {
      // Antenna drops unnamed parts as junk; so do we (the parser skips the unread body).
      return;
    }
    String contentType = part.contentType() == null ? "text/plain" : part.contentType();
    if (ContentTypes.startsWith(contentType, "application/json")) {
      addJson(part);
    } else if (ContentTypes.startsWith(contentType, "text/plain") && part.fileName() == null) {
      addText(name, part);
    } else {
      addDump(name, part);
    }
  }

  private void addJson(Part part) throws IOException, MalformedCrashReportException {
    hasJson = true;
    byte[] bytes = readAnnotationBytes(part.body());
    Object value;
    try {
      value = JSON.readValue(bytes, Object.class);
    } catch (JacksonException e) {
      throw new MalformedCrashReportException(MalformedReason.INVALID_JSON, e);
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new MalformedCrashReportException(MalformedReason.INVALID_JSON_VALUE);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed = (Map<String, Object>) map;
    annotations = parsed;
    checkAnnotationCount();
  }

  private void addText(String name, Part part) throws IOException, MalformedCrashReportException {
    hasTextAnnotations = true;
    byte[] bytes = readAnnotationBytes(part.body());
    String value;
    try {
      value =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedCrashReportException(MalformedReason.INVALID_ANNOTATION_VALUE, e);
    }
    // Folklore: Breakpad clients built from C strings sometimes send the terminating NUL (and
    // older ones padded values with NULs); Socorro's collector stripped them and PostgreSQL
    // text cannot hold them. Covered by CrashReportReaderTest#nulsAreStrippedFromAnnotations.
    if (value.indexOf('\0') >= 0) {
      value = value.replace("\0", "");
    }
    annotations.put(name, value);
    checkAnnotationCount();
  }

  private void addDump(String name, Part part) throws IOException, MalformedCrashReportException {
    String dumpName =
        DumpNames.sanitize(name)
            .orElseThrow(
                () -> new MalformedCrashReportException(MalformedReason.INVALID_DUMP_NAME));
    DumpBuffer dump = new DumpBuffer(memory, spoolDirectory);
    DumpBuffer previous = dumps.put(dumpName, dump);
    if (previous != null) {
      // The same name twice: the last one wins, as in Antenna's dict of dumps.
      previous.close();
    }
    try (InputStream in = part.body()) {
      dump.readFrom(in);
    }
    dump.finish();
  }

  private byte[] readAnnotationBytes(InputStream in) throws IOException {
    try (in) {
      long allowed = limits.maxAnnotationBytes() - annotationBytes;
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, allowed + 1));
      annotationBytes += bytes.length;
      if (annotationBytes > limits.maxAnnotationBytes()) {
        throw new PayloadTooLargeException(PayloadLimit.ANNOTATION_SIZE);
      }
      return bytes;
    }
  }

  private void checkAnnotationCount() throws PayloadTooLargeException {
    if (annotations.size() > limits.maxAnnotations()) {
      throw new PayloadTooLargeException(PayloadLimit.ANNOTATION_COUNT);
    }
  }

  /** Checks the collected parts as a whole and hands them over as a crash report. */
  CrashReport toCrashReport(boolean compressed, long payloadSize)
      throws MalformedCrashReportException {
    if (payloadSize == 0) {
      throw new MalformedCrashReportException(MalformedReason.NO_CONTENT_LENGTH);
    }
    if (annotations.isEmpty()) {
      throw new MalformedCrashReportException(MalformedReason.NO_ANNOTATIONS);
    }
    if (hasJson && hasTextAnnotations) {
      throw new MalformedCrashReportException(MalformedReason.HAS_JSON_AND_KV);
    }
    PayloadKind kind = hasJson ? PayloadKind.JSON : PayloadKind.MULTIPART;
    handedOver = true;
    return new CrashReport(annotations, dumps, kind, compressed, payloadSize);
  }

  /** Frees the dump buffers (when the report is not handed over). */
  @Override
  public void close() {
    if (!handedOver) {
      dumps.values().forEach(DumpBuffer::close);
    }
  }
}
