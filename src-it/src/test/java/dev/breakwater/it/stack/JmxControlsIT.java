package dev.breakwater.it.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Stack;
import java.util.Set;
import java.util.TreeSet;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The webapp's MBeans, driven as JConsole drives them (the test stack opens the webapp's MBean
 * server on 127.0.0.1): every scheduled job with its state and "run now", every crash queue with
 * its depth and pause/resume.
 */
class JmxControlsIT {
  private static JMXConnector connector;
  private static MBeanServerConnection server;

  @BeforeAll
  static void connect() throws Exception {
    connector = JMXConnectorFactory.connect(new JMXServiceURL(Stack.get("webapp.jmx.url")));
    server = connector.getMBeanServerConnection();
  }

  @AfterAll
  static void disconnect() throws Exception {
    if (connector != null) {
      connector.close();
    }
  }

  private static ObjectName job(String name) throws Exception {
    return new ObjectName("dev.breakwater:type=Job,name=" + ObjectName.quote(name));
  }

  private static ObjectName queue(String name) throws Exception {
    return new ObjectName("dev.breakwater:type=Queue,name=" + ObjectName.quote(name));
  }

  @Test
  void everyJobOfTheTableIsAnMBean() throws Exception {
    Set<String> names = new TreeSet<>();
    for (ObjectName name : server.queryNames(new ObjectName("dev.breakwater:type=Job,*"), null)) {
      names.add((String) server.getAttribute(name, "Name"));
    }
    assertEquals(
        Set.of("cleanse_joblog", "esclean", "products", "updatesignatures", "verifyprocessed"),
        names);
    assertEquals("PT10S", server.getAttribute(job("verifyprocessed"), "Frequency"));
    assertEquals(true, server.getAttribute(job("verifyprocessed"), "Backfill"));
    assertEquals("06:00", server.getAttribute(job("esclean"), "TimeOfDay"));
  }

  @Test
  void runNowRunsAJobOutsideItsSchedule() throws Exception {
    ObjectName weekly = job("cleanse_joblog");
    String before = (String) server.getAttribute(weekly, "LastRun");
    server.invoke(weekly, "runNow", null, null);
    long deadline = System.nanoTime() + 30_000_000_000L;
    String after = before;
    while (after.equals(before) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      after = (String) server.getAttribute(weekly, "LastRun");
    }
    assertNotEquals(before, after, "cleanse_joblog did not run");
    assertEquals(0, server.getAttribute(weekly, "ErrorCount"));
    assertTrue(((String) server.getAttribute(weekly, "Owner")).contains("@"));
  }

  @Test
  void aQueueCanBePausedAndResumedAndHasADepth() throws Exception {
    ObjectName priority = queue("crashes.priority");
    assertTrue((Long) server.getAttribute(queue("crashes.dlq"), "Depth") >= 0);
    assertFalse((Boolean) server.getAttribute(priority, "Paused"));
    server.invoke(priority, "pause", null, null);
    try {
      assertTrue((Boolean) server.getAttribute(priority, "Paused"));
    } finally {
      server.invoke(priority, "resume", null, null);
    }
    assertFalse((Boolean) server.getAttribute(priority, "Paused"));
  }
}
