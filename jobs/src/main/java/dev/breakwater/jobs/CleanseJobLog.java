package dev.breakwater.jobs;

import dev.breakwater.common.config.ApplicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * {@code cleanse_joblog}: deletes the run log's rows older than {@code
 * breakwater.jobs.cleanse_joblog.max-age} (Socorro's {@code cleanse_cronlog}).
 */
@ApplicationScoped
public class CleanseJobLog implements ScheduledJob {
  private static final Logger LOG = Logger.getLogger(CleanseJobLog.class.getName());

  /** How long the run log keeps a run. */
  public static final String MAX_AGE = "breakwater.jobs.cleanse_joblog.max-age";

  @Inject JobLeaseService leases;

  @Override
  public String name() {
    return "cleanse_joblog";
  }

  @Override
  public void run(JobContext run) {
    Duration maxAge =
        Durations.parse(
            ApplicationConfig.of(CleanseJobLog.class)
                .getOptionalValue(MAX_AGE, String.class)
                .orElse("90d"));
    int deleted = leases.deleteRunsBefore(run.now().minus(maxAge));
    LOG.info(() -> "cleanse_joblog deleted " + deleted + " run(s) older than " + maxAge);
  }
}
