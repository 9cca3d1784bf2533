package org.aftersales.warranty.commitment;

/**
 * One thing wrong with a commitment document.
 *
 * @param path where, as a dotted path with indices: {@code serviceLevels.A.response},
 *             {@code inspection.cadence[1].every}; {@code body} for the document as a whole
 * @param message what is wrong, in terms the author of the document can act on
 */
public record CommitmentProblem(String path, String message) {
}
