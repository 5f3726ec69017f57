package dev.breakwater.webapp.ui.search;

import java.util.List;

/**
 * One crash in the results table.
 *
 * @param crashId its crash ID, which links to its report
 * @param cells the chosen columns' values, formatted, in the columns' order
 */
public record ResultRow(String crashId, List<String> cells) {}
