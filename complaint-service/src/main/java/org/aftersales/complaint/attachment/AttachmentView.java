package org.aftersales.complaint.attachment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment's facts, without its content. */
public record AttachmentView(
        @Schema(description = "The attachment", required = true) UUID id,
        @Schema(description = "PHOTO of the evidence, or DOCUMENT (a letter, an invoice, a test report)",
                required = true) AttachmentKind kind,
        @Schema(description = "The file's name as uploaded") String fileName,
        @Schema(description = "The file's media type", examples = "image/jpeg") String mediaType,
        @Schema(description = "The file's size in bytes") long sizeBytes,
        @Schema(description = "The SHA-256 of the content, in hex") String sha256,
        @Schema(description = "Who uploaded it") String uploadedBy,
        @Schema(description = "When it was uploaded (ISO-8601, UTC)", required = true) Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy,
                a.uploadedAt);
    }
}
