package dev.breakwater.webapp.ui.report;

/**
 * A label and its value as the page shows it (already formatted), or an annotation's key and value.
 */
public record Detail(String label, String value) {}
