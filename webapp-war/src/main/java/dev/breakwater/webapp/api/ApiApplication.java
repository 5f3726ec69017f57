package dev.breakwater.webapp.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The webapp's HTTP API under {@code /api}. Resources are discovered in the archive (no class
 * list), so each API endpoint only needs its own {@code @Path} class.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
