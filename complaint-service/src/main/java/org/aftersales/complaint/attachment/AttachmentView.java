package org.aftersales.complaint.attachment;

import java.time.Instant;
import java.util.UUID;

/** An attachment's facts, without its content. */
public record AttachmentView(UUID id, AttachmentKind kind, String fileName, String mediaType, long sizeBytes,
        String sha256, String uploadedBy, Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy,
                a.uploadedAt);
    }
}
