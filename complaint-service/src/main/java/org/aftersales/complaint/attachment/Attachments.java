package org.aftersales.complaint.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.aftersales.complaint.ComplaintConfig;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/** Stores and finds a complaint's evidence within the configured limits of size and type. */
@ApplicationScoped
public class Attachments {

    /** A file name: no path, no control characters. */
    private static final String FILE_NAME = "[^/\\\\\\p{Cntrl}]{1,255}";

    private final ComplaintConfig.Attachments limits;
    private final Clock clock;

    Attachments(ComplaintConfig config, Clock clock) {
        this.clock = clock;
        this.limits = config.attachments();
    }

    /** Whether the complaint has at least one photo (seed 000: required before a quality determination). */
    public static boolean hasPhoto(UUID complaintId) {
        return Attachment.count("complaintId = ?1 and kind = ?2", complaintId, AttachmentKind.PHOTO) > 0;
    }

    /** Checks the upload against the limits (400 naming the field, 413 when too large) and stores it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment store(UUID complaintId, AttachmentKind kind, String fileName, String mediaType, byte[] content,
            String by) {
        if (kind == null) {
            throw invalid("kind", "must be PHOTO or DOCUMENT");
        }
        if (fileName == null || !fileName.strip().matches(FILE_NAME)) {
            throw invalid("fileName", "must be a file name of 1 to 255 characters without a path");
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
        if (!limits.allowedTypes().contains(type)) {
            throw invalid("Content-Type", "must be one of " + limits.allowedTypes().stream().sorted().toList());
        }
        if (kind == AttachmentKind.PHOTO && !type.startsWith("image/")) {
            throw invalid("Content-Type", "a PHOTO must be an image");
        }
        if (content == null || content.length == 0) {
            throw invalid("body", "must not be empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new ProblemException(413, "Content Too Large", "An attachment may hold at most "
                    + limits.maxBytes() + " bytes", List.of(new FieldProblem("body", "is " + content.length
                    + " bytes; at most " + limits.maxBytes())));
        }
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.complaintId = complaintId;
        attachment.kind = kind;
        attachment.fileName = fileName.strip();
        attachment.mediaType = type;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.content = content;
        attachment.uploadedBy = by;
        attachment.uploadedAt = Instant.now(clock);
        attachment.persist();
        return attachment;
    }

    public List<Attachment> of(UUID complaintId) {
        return Attachment.list("complaintId = ?1 order by uploadedAt, id", complaintId);
    }

    /** The attachment of this complaint, or 404. */
    public Attachment find(UUID complaintId, UUID attachmentId) {
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null || !attachment.complaintId.equals(complaintId)) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return attachment;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.badRequest("The attachment cannot be accepted", List.of(new FieldProblem(field,
                message)));
    }
}
