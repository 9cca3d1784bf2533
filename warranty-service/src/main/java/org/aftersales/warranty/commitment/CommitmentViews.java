package org.aftersales.warranty.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** What the commitment API shows. */
public final class CommitmentViews {

    private CommitmentViews() {
    }

    /** A ready commitment from the seeds, to start a contract's terms from. */
    public record Template(String id, String title, JsonNode document) {
    }

    /** One version of a commitment with its document. */
    public record Version(String id, int version, CommitmentStatus status, Instant createdAt, String createdBy,
            Instant publishedAt, JsonNode document) {
    }

    /** A commitment's versions, newest last, and the one in force (the newest published). */
    public record Versions(String id, List<Summary> versions, Integer inForce) {
    }

    /** A version without its document. */
    public record Summary(int version, CommitmentStatus status, Instant createdAt, Instant publishedAt) {
    }
}
