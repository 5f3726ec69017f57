package dev.breakwater.collector.submit;

import dev.breakwater.collector.payload.RequestHead;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /submit}: the Breakpad/Crashpad submission endpoint. Answers exactly as Antenna does,
 * because crash reporters parse the body: {@code CrashID=bp-<id>\n} or {@code Discarded=...},
 * always {@code text/plain}.
 */
@WebServlet(urlPatterns = "/submit", loadOnStartup = 1)
public class SubmitServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Seconds a client should wait before retrying after a storage failure. */
  static final String RETRY_AFTER_SECONDS = "60";

  @Inject private transient CrashSubmission submission;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RequestHead head =
        new RequestHead(
            request.getContentType(),
            request.getContentLengthLong(),
            request.getHeader("Content-Encoding"));
    SubmissionResult result =
        submission.submit(head, request.getInputStream(), request.getHeader("User-Agent"));
    switch (result.outcome()) {
      case ACCEPTED, DEFERRED, FAKE_ACCEPTED ->
          answer(response, 200, "CrashID=bp-" + result.crashId() + "\n");
      case REJECTED -> answer(response, 200, "Discarded=rule_" + result.throttleRule());
      case MALFORMED ->
          answer(response, 400, "Discarded=malformed_" + result.malformedReason().code());
      case TOO_LARGE -> {
        // The rest of the body is not read; closing is the only way to stay in sync.
        response.setHeader("Connection", "close");
        answer(response, 413, "Discarded=too_large");
      }
      case STORAGE_ERROR -> {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        answer(response, 503, "Discarded=storage_unavailable");
      }
      case INCOMPLETE -> response.setStatus(400);
      case SERVER_ERROR -> answer(response, 500, "Discarded=server_error");
    }
  }

  private static void answer(HttpServletResponse response, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
    response.setStatus(status);
    // Written as bytes, not through a Writer, so no charset parameter is appended.
    response.setContentType("text/plain");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
