package org.aftersales.complaint.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One photo or document attached to a complaint. */
@Entity
@Table(name = "complaint_attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "complaint_id", nullable = false, updatable = false)
    public UUID complaintId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AttachmentKind kind;
    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;
    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;
    @Column(nullable = false, updatable = false)
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] content;
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;
}
