package dev.breakwater.webapp.ui.topcrashers;

/**
 * One row of Top Crashers: a signature's place among the period's crashes.
 *
 * @param rank its place, 1 for the most frequent
 * @param rankChange places moved up since the previous period of the same length (negative: down),
 *     0 when it was not among the previous period's top signatures
 * @param signature the signature
 * @param count its crashes in the period
 * @param share its share of all the period's crashes, as a fraction
 * @param shareChange its share minus its previous period's share; null when it is new
 * @param platforms its crashes per platform, as "Windows 3, Linux 1"
 * @param installs distinct installations it crashed (by install time)
 */
public record TopCrasher(
    int rank,
    int rankChange,
    String signature,
    long count,
    double share,
    Double shareChange,
    String platforms,
    long installs) {

  /** Whether the signature was not among the previous period's top signatures. */
  public boolean isNew() {
    return shareChange == null;
  }
}
