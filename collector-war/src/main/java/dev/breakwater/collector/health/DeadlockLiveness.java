package dev.breakwater.collector.health;

import dev.breakwater.health.DeadlockLivenessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Liveness;

/** The collector's liveness: no deadlocked threads. */
@ApplicationScoped
@Liveness
public class DeadlockLiveness extends DeadlockLivenessCheck {}
