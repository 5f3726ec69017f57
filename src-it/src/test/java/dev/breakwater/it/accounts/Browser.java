package dev.breakwater.it.accounts;

import dev.breakwater.it.Stack;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser against the webapp: it keeps cookies, does not follow redirects (the tests
 * look at them), and sends forms the way an HTML form does.
 */
public final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf_token\" value=\"([0-9a-f]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public static URI url(String path) {
    return URI.create(Stack.get("webapp.url") + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET());
  }

  /** The login page's form token, as the hidden field holds it. */
  String formToken(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no form token in the page:\n" + page);
    }
    return m.group(1);
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return postForm(path, fields, null);
  }

  /** A form post from the client {@code realIp} (the reverse proxy's X-Real-Ip), when given. */
  HttpResponse<String> postForm(String path, Map<String, String> fields, String realIp)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", Stack.get("webapp.url"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (realIp != null) {
      request.header("X-Real-Ip", realIp);
    }
    return send(request);
  }

  /** Logs in through the form; fails unless the webapp answers with the redirect of a login. */
  public void logIn(String user, String password) throws IOException, InterruptedException {
    String token = formToken(get("/login").body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf_token", token);
    form.put("next", "/");
    form.put("username", user);
    form.put("password", password);
    HttpResponse<String> answer = postForm("/login", form);
    if (answer.statusCode() != 303) {
      throw new AssertionError("login answered " + answer.statusCode() + ":\n" + answer.body());
    }
  }

  /** A JSON request from the site's own page (same Origin), with the session cookie. */
  public HttpResponse<String> json(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url(path))
            .header("Accept", "application/json")
            .header("Origin", Stack.get("webapp.url"));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return send(request);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
