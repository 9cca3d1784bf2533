package org.aftersales.complaint.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change that needs nothing but its reason: an escalation by hand, a special case, a regulator involved. */
public record ReasonRequest(@Schema(description = "Why") @NotBlank @Size(max = 2000) String reason) {
}
