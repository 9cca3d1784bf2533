package org.aftersales.warranty.installedbase;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Pending claims on serials (ADR 0028): registrations of a serial another organisation holds, kept for their owners
 * without events, which vendor staff list and resolve. Confirming a claim moves the serial to the claimant: its
 * device becomes the registered one (and publishes {@code aftersales.device.registered.v1}, as a registration does);
 * the device that held the serial is superseded and leaves the installed base. Rejecting it takes the claim out.
 */
@ApplicationScoped
public class RegistrationClaims {

    private final InstalledBase installedBase;
    private final Clock clock;

    RegistrationClaims(InstalledBase installedBase, Clock clock) {
        this.installedBase = installedBase;
        this.clock = clock;
    }

    /** What staff decide about a pending claim. */
    public enum Decision {
        /** The claimant owns the device: the serial moves to its registration. */
        CONFIRMED,
        /** The claim is wrong: it leaves the installed base. */
        REJECTED
    }

    /** A decision with its reason. */
    public record Resolution(
            @Schema(description = "CONFIRMED: the claimant owns the device; REJECTED: the claim is wrong") @NotNull
            Decision decision,
            @Schema(description = "Why") @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * A pending claim as vendor staff see it: the claiming device and the registered one that holds the serial (null
     * when that one has left the installed base meanwhile).
     */
    public record ClaimView(
            @Schema(description = "The claiming device, pending", required = true) DeviceView claim,
            @Schema(description = "The registered device that holds the serial; null when it has left the installed"
                    + " base", nullable = true) DeviceView registered) {
    }

    public List<ClaimView> pending() {
        return Device.<Device>list("registration", Sort.by("registeredAt").and("id"), Registration.PENDING).stream()
                .map(claim -> new ClaimView(DeviceView.of(claim), registered(claim.serialNumber)
                        .map(DeviceView::of).orElse(null)))
                .toList();
    }

    @Transactional
    public ClaimView resolve(UUID id, Resolution resolution, Caller caller) {
        Device claim = Device.findById(id);
        if (claim == null || claim.registration != Registration.PENDING) {
            throw ProblemException.notFound("pending registration claim", id);
        }
        Instant now = Instant.now(clock);
        String reason = resolution.reason().strip();
        Device registered = registered(claim.serialNumber).orElse(null);
        if (resolution.decision() == Decision.REJECTED) {
            resolved(claim, Registration.REJECTED, reason, caller, now);
        } else {
            if (registered != null) {
                resolved(registered, Registration.SUPERSEDED, "superseded by device " + claim.id + ": " + reason,
                        caller, now);
                Device.flush(); // the serial's one registered device is released before the claim takes it
            }
            resolved(claim, Registration.REGISTERED, reason, caller, now);
            installedBase.publishRegistered(claim, now);
        }
        return new ClaimView(DeviceView.of(claim), registered == null ? null : DeviceView.of(registered));
    }

    private static Optional<Device> registered(String serial) {
        return Device.find("serialNumber = ?1 and registration = ?2", serial, Registration.REGISTERED)
                .firstResultOptional();
    }

    private static void resolved(Device device, Registration registration, String reason, Caller caller, Instant now) {
        device.registration = registration;
        device.resolvedBy = caller.username();
        device.resolvedAt = now;
        device.resolutionReason = reason;
    }
}
