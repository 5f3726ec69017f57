package dev.breakwater.collector.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Dockerflow {@code /__version__}: {@code {"source", "version", "commit", "build"}} from {@code
 * version.properties}, which the build fills with the project version and git commit.
 */
@WebServlet(urlPatterns = "/__version__")
public class VersionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Properties build = new Properties();
    try (InputStream in = VersionServlet.class.getResourceAsStream("/version.properties")) {
      if (in != null) {
        build.load(in);
      }
    }
    Map<String, String> body = new LinkedHashMap<>();
    body.put("source", build.getProperty("source", ""));
    body.put("version", build.getProperty("version", "unknown"));
    body.put("commit", build.getProperty("commit", "unknown"));
    body.put("build", build.getProperty("build", ""));
    response.setContentType("application/json");
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }
}
