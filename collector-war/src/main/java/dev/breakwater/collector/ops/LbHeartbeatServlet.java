package dev.breakwater.collector.ops;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Dockerflow {@code /__lbheartbeat__}: 200 while the process serves HTTP, nothing checked. */
@WebServlet(urlPatterns = "/__lbheartbeat__")
public class LbHeartbeatServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(200);
    response.setContentLength(0);
  }
}
