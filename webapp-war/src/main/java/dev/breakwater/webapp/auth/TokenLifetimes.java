package dev.breakwater.webapp.auth;

/** How long new API tokens live unless their owner chooses (days), and the most they may choose. */
public record TokenLifetimes(int defaultDays, int maxDays) {}
