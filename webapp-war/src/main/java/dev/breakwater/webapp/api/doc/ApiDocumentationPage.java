package dev.breakwater.webapp.api.doc;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import dev.breakwater.crash.access.Permission;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The HTML of {@code GET /api/}: the endpoints a caller may use, each with its URL, methods,
 * permissions and parameter table, as Socorro's API reference shows them. Every text is escaped
 * (field descriptions come from a registry an admin may edit). No script: it works as it is.
 */
final class ApiDocumentationPage {
  /** The stylesheet, served from the archive (the page's policy allows no inline style). */
  static final String STYLESHEET = "/assets/api-documentation.css";

  private final StringBuilder html = new StringBuilder(64 * 1024);
  private final String contextPath;

  private ApiDocumentationPage(String contextPath) {
    this.contextPath = contextPath;
  }

  /**
   * @param endpoints what the caller may use, by name
   * @param user the caller's name, or null when anonymous
   * @param permissions what the caller holds
   * @param hidden how many endpoints need permissions the caller lacks
   */
  static String render(
      String contextPath,
      List<DocumentedEndpoint> endpoints,
      String user,
      List<Permission> permissions,
      int hidden) {
    ApiDocumentationPage page = new ApiDocumentationPage(contextPath);
    page.head();
    page.introduction(user, permissions, hidden);
    page.contents(endpoints);
    endpoints.forEach(page::endpoint);
    page.html.append("</main></body></html>\n");
    return page.html.toString();
  }

  private void head() {
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>API Reference - Breakwater</title>\n")
        .append("<link rel=\"stylesheet\" href=\"")
        .append(escapeHtml4(contextPath + STYLESHEET))
        .append("\"></head>\n<body><main>\n<h1>API Reference</h1>\n");
  }

  private void introduction(String user, List<Permission> permissions, int hidden) {
    html.append("<section class=\"panel\"><p>These endpoints answer Socorro's crash-stats API: ")
        .append("the same paths, parameters and JSON, so a Socorro client works with this site's ")
        .append("address as its base URL. Lists are sent as repeated keys ")
        .append("(<code>product=A&amp;product=B</code>); <code>?pretty=print</code> indents the ")
        .append("JSON. Please send a User-Agent that says who you are.</p>\n<p>");
    if (user == null) {
      html.append("You are not logged in: this page lists what anyone may use. ");
    } else {
      html.append("You are <strong>")
          .append(escapeHtml4(user))
          .append("</strong>, with ")
          .append(permissions.isEmpty() ? "no permissions" : "the permissions ")
          .append(escapeHtml4(names(permissions)))
          .append(". ");
    }
    html.append("An API token, sent in the <code>Auth-Token</code> header, carries the ")
        .append("permissions chosen when it was made; a token that is wrong or expired is ")
        .append("refused (403) on every URL.");
    if (hidden > 0) {
      html.append(" ")
          .append(hidden)
          .append(hidden == 1 ? " endpoint needs" : " endpoints need")
          .append(" permissions you do not hold and ")
          .append(hidden == 1 ? "is" : "are")
          .append(" not listed.");
    }
    html.append("</p></section>\n");
  }

  private void contents(List<DocumentedEndpoint> endpoints) {
    html.append("<nav class=\"panel\" aria-labelledby=\"contents\"><h2 id=\"contents\">Contents")
        .append("</h2><ul>\n");
    for (DocumentedEndpoint endpoint : endpoints) {
      html.append("<li><a href=\"#")
          .append(escapeHtml4(endpoint.name()))
          .append("\">")
          .append(escapeHtml4(endpoint.name()))
          .append("</a></li>\n");
    }
    html.append("</ul></nav>\n");
  }

  private void endpoint(DocumentedEndpoint endpoint) {
    String name = escapeHtml4(endpoint.name());
    html.append("<section class=\"panel endpoint\" id=\"")
        .append(name)
        .append("\">\n")
        .append("<h2><a href=\"#")
        .append(name)
        .append("\">")
        .append(name)
        .append("</a></h2>\n");
    if (!endpoint.requires().isEmpty()) {
      html.append("<p class=\"required-permission\">Needs the <strong>")
          .append(escapeHtml4(names(endpoint.requires())))
          .append("</strong> permission, on your account or your API token.</p>\n");
    }
    String url = escapeHtml4(contextPath + endpoint.path());
    html.append("<p class=\"url\"><strong>")
        .append(String.join(" | ", endpoint.methods()))
        .append("</strong> <code>")
        .append(url)
        .append("</code>");
    if (endpoint.isReadOnly() && endpoint.parameters().stream().noneMatch(p -> p.required())) {
      html.append(" <a href=\"").append(url).append("\">try it</a>");
    }
    html.append("</p>\n<p class=\"summary\">")
        .append(escapeHtml4(endpoint.summary()))
        .append("</p>\n");
    if (!endpoint.parameters().isEmpty()) {
      parameterTable(endpoint.parameters());
    }
    html.append("</section>\n");
  }

  private void parameterTable(List<DocumentedParameter> parameters) {
    html.append("<table><thead><tr><th scope=\"col\">Parameter key</th>")
        .append("<th scope=\"col\">Required?</th><th scope=\"col\">Type</th>")
        .append("<th scope=\"col\">Default</th><th scope=\"col\">Description</th></tr></thead>\n")
        .append("<tbody>\n");
    for (DocumentedParameter parameter : parameters) {
      html.append("<tr><td><strong>")
          .append(escapeHtml4(parameter.name()))
          .append("</strong></td>")
          .append("<td>")
          .append(parameter.required() ? "Required" : "Optional")
          .append("</td>")
          .append("<td>")
          .append(parameter.type().friendlyName())
          .append("</td><td>");
      if (!parameter.defaultValue().isEmpty()) {
        html.append("<code>").append(escapeHtml4(parameter.defaultValue())).append("</code>");
      }
      html.append("</td><td>").append(escapeHtml4(parameter.description())).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static String names(List<Permission> permissions) {
    return permissions.stream().map(Permission::displayName).collect(Collectors.joining(", "));
  }
}
