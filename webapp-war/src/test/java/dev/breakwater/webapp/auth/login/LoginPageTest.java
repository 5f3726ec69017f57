package dev.breakwater.webapp.auth.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginPageTest {

  @Test
  void afterLoginTheBrowserStaysOnThisSite() {
    assertEquals("/report/index/x?a=1", LoginPage.safeNext("/report/index/x?a=1"));
    assertEquals("/", LoginPage.safeNext(null));
    assertEquals("/", LoginPage.safeNext("https://evil.example/"));
    assertEquals("/", LoginPage.safeNext("//evil.example/"));
    assertEquals("/", LoginPage.safeNext("/\\evil.example/"));
    assertEquals("/", LoginPage.safeNext("/a\r\nSet-Cookie: x=y"));
  }

  @Test
  void valuesWrittenIntoThePageAreEscaped() {
    // Attributes are double-quoted, so an apostrophe needs no escaping.
    assertEquals("&lt;script&gt;&quot;x&quot;&amp;'", LoginPage.escape("<script>\"x\"&'"));
  }
}
