package org.aftersales.warranty.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the commitment API shows. */
public final class CommitmentViews {

    private CommitmentViews() {
    }

    /** A ready commitment from the seeds, to start a contract's terms from. */
    public record Template(
            @Schema(description = "The seed's commitment id", examples = "seed-002-hospital-it") String id,
            @Schema(description = "The commitment's title") String title,
            @Schema(description = "The commitment document (服务承诺) to start from: a JSON object",
                    type = SchemaType.OBJECT, implementation = Object.class, required = true) JsonNode document) {
    }

    /** One version of a commitment with its document. */
    public record Version(
            @Schema(description = "The commitment's id", examples = "seed-002-hospital-it") String id,
            @Schema(description = "The version's number, from 1") int version,
            @Schema(description = "DRAFT (草稿, may be edited) or PUBLISHED (已发布, never changes)", required = true)
            CommitmentStatus status,
            @Schema(description = "When the version was created (ISO-8601, UTC)", required = true) Instant createdAt,
            @Schema(description = "Who created it") String createdBy,
            @Schema(description = "When it was published (ISO-8601, UTC); null while a draft", nullable = true)
            Instant publishedAt,
            @Schema(description = "The commitment document (服务承诺): a JSON object", type = SchemaType.OBJECT,
                    implementation = Object.class, required = true) JsonNode document) {
    }

    /** A commitment's versions, newest last, and the one in force (the newest published). */
    public record Versions(
            @Schema(description = "The commitment's id", examples = "seed-002-hospital-it") String id,
            @Schema(description = "Its versions, newest last") List<Summary> versions,
            @Schema(description = "The version in force: the newest published; null before any is published")
            Integer inForce) {
    }

    /** A version without its document. */
    public record Summary(
            @Schema(description = "The version's number, from 1") int version,
            @Schema(description = "DRAFT (草稿) or PUBLISHED (已发布)", required = true) CommitmentStatus status,
            @Schema(description = "When it was created (ISO-8601, UTC)", required = true) Instant createdAt,
            @Schema(description = "When it was published (ISO-8601, UTC); null while a draft", nullable = true)
            Instant publishedAt) {
    }
}
