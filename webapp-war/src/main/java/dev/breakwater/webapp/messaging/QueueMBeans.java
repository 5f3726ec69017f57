package dev.breakwater.webapp.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers a {@link QueueMXBean} per crash queue in the platform MBean server while the webapp is
 * deployed (JConsole, VisualVM, the server's monitoring). Each attribute asks the broker.
 */
@ApplicationScoped
public class QueueMBeans {
  private static final Logger LOG = Logger.getLogger(QueueMBeans.class.getName());

  @Inject QueueControls controls;

  private final List<ObjectName> registered = new ArrayList<>();

  void register(@Observes @Initialized(ApplicationScoped.class) Object event) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (String queue : QueueControls.QUEUES) {
      try {
        ObjectName name =
            new ObjectName("dev.breakwater:type=Queue,name=" + ObjectName.quote(queue));
        if (server.isRegistered(name)) {
          server.unregisterMBean(name); // left by an earlier deployment of the webapp
        }
        server.registerMBean(new QueueBean(queue, controls), name);
        registered.add(name);
      } catch (JMException e) {
        LOG.log(Level.WARNING, "could not register the MBean of queue " + queue, e);
      }
    }
  }

  void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (ObjectName name : registered) {
      try {
        server.unregisterMBean(name);
      } catch (JMException e) {
        LOG.log(Level.FINE, "MBean " + name + " was already gone", e);
      }
    }
  }

  record QueueBean(String queue, QueueControls controls) implements QueueMXBean {
    @Override
    public String getName() {
      return queue;
    }

    @Override
    public long getDepth() {
      return controls.depth(queue);
    }

    @Override
    public boolean isPaused() {
      return controls.paused(queue);
    }

    @Override
    public void pause() {
      controls.pause(queue);
    }

    @Override
    public void resume() {
      controls.resume(queue);
    }
  }
}
