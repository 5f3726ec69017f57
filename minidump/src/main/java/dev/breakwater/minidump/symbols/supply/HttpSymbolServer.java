package dev.breakwater.minidump.symbols.supply;

import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.minidump.symbols.ModuleKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A Breakpad symbol server over HTTP(S): {@code GET <base>/<debug_file>/<debug_id>/<name>.sym
 * ?code_file=<code file>&code_id=<code id>} (the query as rust-minidump sends it, which lets
 * servers such as Mozilla's find Windows binaries by code id). 404, 403 and 410 mean "not here";
 * other failures are errors. An optional bearer token is sent to the server's own host only, never
 * to the host a redirect leads to (servers commonly redirect to signed object-store URLs).
 */
public final class HttpSymbolServer implements SymbolDownloader {
  private static final int MAX_REDIRECTS = 5;

  private final URI base;
  private final String bearerToken;
  private final Duration timeout;
  private final long maxBytes;
  private final HttpClient client;

  /**
   * @param base the server's URL, with or without a trailing slash
   * @param bearerToken sent as {@code Authorization: Bearer <token>}, or null for public servers
   * @param timeout for connecting and for the whole response
   * @param maxBytes largest symbol file accepted; a larger one is an error (hostile server)
   */
  public HttpSymbolServer(URI base, String bearerToken, Duration timeout, long maxBytes) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.bearerToken = bearerToken;
    this.timeout = Objects.requireNonNull(timeout);
    this.maxBytes = maxBytes;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String describe() {
    return base.getScheme()
        + "://"
        + base.getHost()
        + (base.getPort() < 0 ? "" : ":" + base.getPort())
        + base.getPath();
  }

  /** The URL for {@code key}, or empty when the key cannot name a file. */
  public Optional<URI> urlFor(ModuleKey key) {
    return LocalSymbolSupplier.relativePath(key)
        .map(
            relative -> {
              String[] parts = relative.split("/");
              String path = encode(parts[0]) + "/" + encode(parts[1]) + "/" + encode(parts[2]);
              String query =
                  "code_file="
                      + encode(baseName(key.codeFile()))
                      + "&code_id="
                      + encode(key.codeId() == null ? "" : key.codeId());
              return base.resolve(path + "?" + query);
            });
  }

  @Override
  public Optional<String> download(ModuleKey key, Path target) throws IOException {
    Optional<URI> url = urlFor(key);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    URI current = url.get();
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<InputStream> response = send(current);
      int status = response.statusCode();
      if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
        response.body().close();
        current = current.resolve(response.headers().firstValue("Location").get());
        continue;
      }
      try (InputStream body = response.body()) {
        if (status == 404 || status == 403 || status == 410) {
          return Optional.empty();
        }
        if (status != 200) {
          throw new IOException("HTTP " + status + " from " + describe() + " for " + key);
        }
        save(response, body, target);
        return Optional.of(url.get().toString());
      }
    }
    throw new IOException("too many redirects from " + describe() + " for " + key);
  }

  private HttpResponse<InputStream> send(URI url) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).timeout(timeout).header("Accept-Encoding", "gzip").GET();
    if (bearerToken != null && sameOrigin(url)) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while downloading from " + describe());
    }
  }

  private void save(HttpResponse<InputStream> response, InputStream body, Path target)
      throws IOException {
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .map("gzip"::equalsIgnoreCase)
            .orElse(false);
    try (InputStream in = gzip ? new GZIPInputStream(body, 1 << 16) : body;
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) >= 0) {
        total += n;
        if (total > maxBytes) {
          throw new IOException(
              "symbol file from " + describe() + " exceeds " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private boolean sameOrigin(URI url) {
    return Objects.equals(url.getScheme(), base.getScheme())
        && Objects.equals(url.getHost(), base.getHost())
        && url.getPort() == base.getPort();
  }

  private static String baseName(String path) {
    if (path == null) {
      return "";
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
