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
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Writes log records as one JSON object per line to standard output, for log shippers. If the
 * record's single parameter is a {@code Map}, its entries become top-level fields (the crash ID,
 * outcome, ...). The file descriptor is written directly, so the server's own redirection of {@code
 * System.out} cannot wrap the line in another format.
 */
public final class JsonLineHandler extends Handler {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Formats {@code {0}}-style parameters of records not logged through the components' log helpers.
   */
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
      byte[] json = JSON.writeValueAsBytes(line);
      byte[] withNewline = new byte[json.length + 1];
      System.arraycopy(json, 0, withNewline, 0, json.length);
      withNewline[json.length] = '\n';
      return withNewline;
    } catch (JsonProcessingException e) {
      return ("{\"message\":\"unloggable record\"}\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      reportError("flushing the log failed", e, ErrorManager.FLUSH_FAILURE);
    }
  }

  @Override
  public void close() {
    flush();
  }
}
