package dev.breakwater.processor.health;

import dev.breakwater.health.DeadlockLivenessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Liveness;

/** The processor's liveness: no deadlocked threads. */
@ApplicationScoped
@Liveness
public class DeadlockLiveness extends DeadlockLivenessCheck {}
