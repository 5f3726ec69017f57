package dev.breakwater.webapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes every JSON answer of the API the way Socorro's clients see it: {@code application/json;
 * charset=UTF-8}, {@code ?pretty=print} indents by two spaces, and every {@code </} is written
 * {@code <\/}, so that a crash annotation holding {@code </script>} cannot end a script block of a
 * page that embeds the JSON.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonBodyWriter implements MessageBodyWriter<JsonNode> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter COMPACT = JSON.writer();
  private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();

  @Context UriInfo uri;

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonNode.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonNode body,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    headers.putSingle("Content-Type", "application/json; charset=UTF-8");
    boolean pretty = uri != null && "print".equals(uri.getQueryParameters().getFirst("pretty"));
    out.write(serialize(body, pretty));
  }

  /**
   * The UTF-8 JSON of {@code body}. {@code <} occurs in JSON only inside strings, so replacing
   * {@code </} with {@code <\/} (the same string to any JSON parser) needs no parsing.
   */
  static byte[] serialize(JsonNode body, boolean pretty) throws IOException {
    byte[] json = (pretty ? PRETTY : COMPACT).writeValueAsBytes(body);
    int count = 0;
    for (int i = 0; i + 1 < json.length; i++) {
      if (json[i] == '<' && json[i + 1] == '/') {
        count++;
      }
    }
    if (count == 0) {
      return json;
    }
    byte[] escaped = new byte[json.length + count];
    int j = 0;
    for (int i = 0; i < json.length; i++) {
      escaped[j++] = json[i];
      if (json[i] == '<' && i + 1 < json.length && json[i + 1] == '/') {
        escaped[j++] = '\\';
      }
    }
    return escaped;
  }
}
