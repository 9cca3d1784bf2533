package org.aftersales.complaint.attachment;

/** What an attachment is: a photo of the evidence, or a document (a letter, an invoice, a test report). */
public enum AttachmentKind {
    PHOTO,
    DOCUMENT
}
