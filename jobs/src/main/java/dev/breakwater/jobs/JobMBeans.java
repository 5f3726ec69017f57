package dev.breakwater.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers one {@link JobMXBean} per job of the table in the platform MBean server while the
 * application is deployed, so the jobs show in JConsole, VisualVM and the server's monitoring.
 */
@Singleton
@Startup
@DependsOn("JobTick")
public class JobMBeans {
  private static final Logger LOG = Logger.getLogger(JobMBeans.class.getName());

  @Inject JobControls controls;

  @Inject JobTick tick;

  private final List<ObjectName> registered = new ArrayList<>();

  @PostConstruct
  void register() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (JobSpec spec : tick.settings().jobs()) {
      try {
        ObjectName name = objectName(spec.name());
        if (server.isRegistered(name)) {
          server.unregisterMBean(name); // left by an earlier deployment of the application
        }
        server.registerMBean(new JobBean(spec.name(), controls), name);
        registered.add(name);
      } catch (JMException e) {
        LOG.log(Level.WARNING, "could not register the MBean of job " + spec.name(), e);
      }
    }
  }

  @PreDestroy
  void unregister() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (ObjectName name : registered) {
      try {
        server.unregisterMBean(name);
      } catch (JMException e) {
        LOG.log(Level.FINE, "MBean " + name + " was already gone", e);
      }
    }
  }

  static ObjectName objectName(String job) throws JMException {
    return new ObjectName("dev.breakwater:type=Job,name=" + ObjectName.quote(job));
  }

  /** Reads the job's state afresh on every attribute, so JConsole shows the cluster's view. */
  static final class JobBean implements JobMXBean {
    private final String job;
    private final JobControls controls;

    JobBean(String job, JobControls controls) {
      this.job = job;
      this.controls = controls;
    }

    private <T> T read(Function<JobStatus, T> attribute) {
      return attribute.apply(controls.job(job));
    }

    private static String time(OffsetDateTime time) {
      return time == null ? "" : time.toString();
    }

    @Override
    public String getName() {
      return job;
    }

    @Override
    public String getFrequency() {
      return read(s -> s.spec().frequency().toString());
    }

    @Override
    public String getTimeOfDay() {
      return read(s -> s.spec().time().map(Object::toString).orElse(""));
    }

    @Override
    public boolean isBackfill() {
      return read(s -> s.spec().backfill());
    }

    @Override
    public boolean isEnabled() {
      return read(s -> s.spec().enabled());
    }

    @Override
    public String getLastRun() {
      return read(s -> time(s.lastRun()));
    }

    @Override
    public String getLastSuccess() {
      return read(s -> time(s.lastSuccess()));
    }

    @Override
    public String getNextRun() {
      return read(s -> time(s.nextRun()));
    }

    @Override
    public int getErrorCount() {
      return read(JobStatus::errorCount);
    }

    @Override
    public String getLastError() {
      return read(s -> s.lastError() == null ? "" : s.lastError());
    }

    @Override
    public boolean isRunning() {
      return read(JobStatus::running);
    }

    @Override
    public String getOwner() {
      return read(s -> s.owner() == null ? "" : s.owner());
    }

    @Override
    public void runNow() {
      controls.runNow(job);
    }

    @Override
    public void resetErrors() {
      controls.resetErrors(job);
    }
  }
}
