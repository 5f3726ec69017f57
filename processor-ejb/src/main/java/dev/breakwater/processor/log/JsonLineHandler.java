package dev.breakwater.processor.log;

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
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Writes log records as one JSON object per line to standard output, for log shippers. A record
 * whose single parameter is a {@code Map} gets its entries as top-level fields (crash ID, outcome,
 * times). Writes the file descriptor directly so the server's redirection of {@code System.out}
 * does not wrap lines in another format. Same line format as the collector's.
 */
public final class JsonLineHandler extends Handler {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutputStream out;

  public JsonLineHandler() {
    this(new FileOutputStream(FileDescriptor.out));
  }

  JsonLineHandler(OutputStream out) {
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

  static byte[] format(LogRecord record) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.ofEpochMilli(record.getMillis()).toString());
    line.put("level", record.getLevel().getName());
    line.put("logger", record.getLoggerName());
    line.put("message", record.getMessage());
    Object[] params = record.getParameters();
    if (params != null && params.length == 1 && params[0] instanceof Map<?, ?> fields) {
      fields.forEach((k, v) -> line.put(String.valueOf(k), v));
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
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      reportError("flushing the log failed", e, 2);
    }
  }

  @Override
  public void close() {
    flush();
  }
}
