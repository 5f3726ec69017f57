package dev.breakwater.it.archives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Stack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** What the built archives contain, for the servers that deploy them. */
class ArchivesIT {

  /** The servers provide the Jakarta APIs; a second copy in an archive breaks class loading. */
  private static final Pattern JAKARTA_API_JAR =
      Pattern.compile(".*/?jakarta\\.[a-z.]+-api-.*\\.jar");

  @Test
  void processorWarCarriesTheEjbModuleAsALibrary() throws IOException {
    List<String> entries = entries("archive.processor");
    assertTrue(
        entries.stream().anyMatch(e -> e.matches("WEB-INF/lib/processor-ejb-.*\\.jar")),
        entries::toString);
    assertNoJakartaApis(entries);
  }

  @Test
  void earHoldsTheThreeModulesWithTheirContextRoots() throws IOException {
    String applicationXml = text("archive.ear", "META-INF/application.xml");

    assertEquals("processor-ejb.jar", first("<ejb>(.*?)</ejb>", applicationXml));
    assertTrue(
        applicationXml.matches(
            "(?s).*<web-uri>webapp.war</web-uri>\\s*<context-root>/</context-root>.*"),
        applicationXml);
    assertTrue(
        applicationXml.matches(
            "(?s).*<web-uri>collector.war</web-uri>\\s*<context-root>/collector</context-root>.*"),
        applicationXml);
    assertNoJakartaApis(entries("archive.ear"));
  }

  @Test
  void resourceAdapterArchiveTakesTheBrokerAddressFromConfiguration() throws IOException {
    String raXml = text("archive.artemis-ra", "META-INF/ra.xml");
    List<String> entries = entries("archive.artemis-ra");

    assertTrue(
        raXml.contains(
            "host=${MPCONFIG=breakwater.broker.host:127.0.0.1};"
                + "port=${MPCONFIG=breakwater.broker.port:61616}"),
        raXml);
    assertTrue(
        entries.stream().anyMatch(e -> e.startsWith("artemis-jakarta-ra-")), entries::toString);
    assertNoJakartaApis(entries);
  }

  private static void assertNoJakartaApis(List<String> entries) {
    List<String> apis = entries.stream().filter(e -> JAKARTA_API_JAR.matcher(e).matches()).toList();
    assertEquals(List.of(), apis, "Jakarta API jars belong to the server");
  }

  private static List<String> entries(String archive) throws IOException {
    try (ZipFile zip = new ZipFile(Stack.file(archive).toFile())) {
      return zip.stream().map(ZipEntry::getName).toList();
    }
  }

  private static String text(String archive, String entry) throws IOException {
    try (ZipFile zip = new ZipFile(Stack.file(archive).toFile());
        InputStream in = zip.getInputStream(zip.getEntry(entry))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String first(String regex, String text) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }
}
