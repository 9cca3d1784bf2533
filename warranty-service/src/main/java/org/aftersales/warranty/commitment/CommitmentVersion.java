package org.aftersales.warranty.commitment;

/**
 * One version of a commitment: its number (1, 2, …), its status and its document.
 *
 * @param id       the commitment's id, the same for all its versions
 * @param version  the version number, from 1
 * @param status   draft or published
 * @param document the terms
 */
public record CommitmentVersion(String id, int version, CommitmentStatus status, Commitment document) {
}
