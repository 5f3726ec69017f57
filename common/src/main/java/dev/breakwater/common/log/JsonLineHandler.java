package dev.breakwater.common.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Writes log records as one JSON object per line to standard output, for log shippers: {@code
 * time}, {@code level}, {@code logger}, {@code message}, and, when the record's single parameter is
 * a {@code Map}, its entries as top-level fields. The file descriptor is written directly, so the
 * server's own redirection of {@code System.out} cannot wrap the line in another format. Same line
 * format as the collector's and the processor's.
 */
public final class JsonLineHandler extends Handler {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Formats {@code {0}}-style parameters of records without a field map. */
  private static final Formatter MESSAGE = new SimpleFormatter();

  private final OutputStream out;

  public JsonLineHandler() {
    this(new FileOutputStream(FileDescriptor.out));
  }

  public JsonLineHandler(OutputStream out) {
    this.out = out;
  }

  @Override
  public void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    byte[] line = format(record);
    synchronized (this) {
      try {
        out.write(line);
        out.flush();
      } catch (IOException e) {
        reportError("writing a log line failed", e, 1);
      }
    }
  }

  /** The JSON line of a record, newline included. */
  public static byte[] format(LogRecord record) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.ofEpochMilli(record.getMillis()).toString());
    line.put("level", record.getLevel().getName());
    line.put("logger", record.getLoggerName());
    Object[] params = record.getParameters();
    if (params != null && params.length == 1 && params[0] instanceof Map<?, ?> fields) {
      line.put("message", record.getMessage());
      fields.forEach((k, v) -> line.put(String.valueOf(k), v));
    } else {
      line.put("message", MESSAGE.formatMessage(record));
    }
    if (record.getThrown() != null) {
      line.put("error", record.getThrown().toString());
    }
    try {
      return (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      return "{\"message\":\"unloggable record\"}\n".getBytes(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
