package dev.breakwater.webapp.auth.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitFilterTest {

  @Test
  void socorrosApiIsLimitedTheSymbolUploadAndPagesAreNot() {
    assertTrue(RateLimitFilter.limited("/api/SuperSearch/"));
    assertTrue(RateLimitFilter.limited("/api/tokens/"));
    assertTrue(RateLimitFilter.limited("/api/"));
    assertFalse(RateLimitFilter.limited("/api/symbols/upload"));
    assertFalse(RateLimitFilter.limited("/login"));
    assertFalse(RateLimitFilter.limited("/apiary"));
  }

  @Test
  void browsersGetHtmlScriptsGetPlainText() {
    assertTrue(RateLimitFilter.wantsHtml(null, null), "no Accept: everything, as Django");
    assertTrue(RateLimitFilter.wantsHtml("*/*", null), "curl");
    assertTrue(RateLimitFilter.wantsHtml("text/html,application/xhtml+xml;q=0.9", null));
    assertTrue(RateLimitFilter.wantsHtml("application/json, text/*;q=0.1", null));
    assertFalse(RateLimitFilter.wantsHtml("application/json", null));
    assertFalse(RateLimitFilter.wantsHtml("text/html;q=0, application/json", null));
    assertFalse(RateLimitFilter.wantsHtml("*/*", "XMLHttpRequest"), "an XHR never");
  }
}
