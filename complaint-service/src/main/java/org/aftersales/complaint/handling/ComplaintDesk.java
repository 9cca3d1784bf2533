package org.aftersales.complaint.handling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.complaint.attachment.Attachments;
import org.aftersales.events.complaint.ComplaintEscalated;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.events.complaint.ComplaintReceived;
import org.aftersales.events.complaint.ComplaintStatusChanged;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;

/**
 * Registers complaints and moves them through their lifecycle: each change with who, when and why, and its event in
 * the same transaction.
 */
@ApplicationScoped
public class ComplaintDesk {

    /** Record numbers count per year of China's calendar. */
    static final ZoneId ZONE = ServiceCalendar.DEFAULT_ZONE;

    private final Outbox outbox;
    private final RecordNumbers recordNumbers;
    private final ReplyPromise replyPromise;
    private final Event<ComplaintChanged> changed;
    private final Clock clock;

    ComplaintDesk(Outbox outbox, RecordNumbers recordNumbers, ReplyPromise replyPromise,
            Event<ComplaintChanged> changed, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.recordNumbers = recordNumbers;
        this.replyPromise = replyPromise;
        this.changed = changed;
    }

    /** Registers a complaint for a caller: customers and partners for their own organisations only (else 403). */
    @Transactional
    public Complaint register(NewComplaint request, Caller caller) {
        String organisation = request.customerOrganisation();
        if (organisation == null && !caller.isVendorStaff()) {
            organisation = caller.organisation().orElseThrow(
                    () -> ProblemException.forbidden("Your token names no organisation to complain for"));
        }
        if (organisation != null && !caller.canAccess(organisation)) {
            throw ProblemException.forbidden("customerOrganisation " + organisation + " is outside your organisation");
        }
        NewComplaint.NewComplainant who = request.complainant();
        if (blank(who.phone()) && blank(who.email()) && blank(who.otherContact())) {
            throw ProblemException.badRequest("The complainant must be reachable",
                    List.of(new FieldProblem("complainant.phone", "give a phone, an email or another contact")));
        }
        return register(organisation, request, ComplaintOrigin.REGISTERED, caller.username(), Instant.now(clock));
    }

    /** Registers a complaint raised by the service itself (from another service's event) or by a caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint register(String organisation, NewComplaint request, ComplaintOrigin origin, String by,
            Instant now) {
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.recordNumber = recordNumbers.next(now.atZone(ZONE).getYear());
        c.customerOrganisation = organisation;
        NewComplaint.NewComplainant who = request.complainant();
        c.complainantName = who.name().strip();
        c.complainantPhone = stripped(who.phone());
        c.complainantEmail = stripped(who.email());
        c.complainantOther = stripped(who.otherContact());
        c.complainantOccupation = stripped(who.occupation());
        c.complainantOrganisation = stripped(who.organisation());
        if (request.product() != null) {
            NewComplaint.Product p = request.product();
            c.productName = stripped(p.name());
            c.productModel = stripped(p.model());
            c.productPackaging = stripped(p.packaging());
            c.productQuantity = p.quantity();
            c.lotNumber = stripped(p.lotNumber());
            c.placeOfPurchase = stripped(p.placeOfPurchase());
            if (p.deviceIds() != null) {
                c.deviceIds.addAll(p.deviceIds());
            }
            if (p.ticketIds() != null) {
                c.ticketIds.addAll(p.ticketIds());
            }
        }
        c.reason = request.reason().strip();
        if (request.circumstances() != null) {
            c.circumstancesPurchase = stripped(request.circumstances().purchase());
            c.circumstancesStorage = stripped(request.circumstances().storage());
            c.circumstancesUse = stripped(request.circumstances().use());
        }
        c.channel = request.channel();
        c.category = request.category();
        c.regulatorInvolved = Boolean.TRUE.equals(request.regulatorInvolved())
                || request.channel() == ComplaintChannel.REGULATOR;
        c.severity = c.regulatorInvolved ? Severity.SERIOUS
                : request.severity() == null ? Severity.GENERAL : request.severity();
        // A serious complaint goes to the quality department at once.
        c.escalationLevel = c.severity == Severity.SERIOUS ? EscalationLevel.QUALITY : EscalationLevel.AGENT;
        c.origin = origin;
        c.status = ComplaintStatus.RECEIVED;
        c.receivedBy = by;
        c.receivedAt = now;
        c.roundStartedAt = now;
        c.updatedAt = now;
        c.persist();
        ComplaintChange.record(c, "REGISTER", ComplaintStatus.RECEIVED, null, by, now);
        outbox.append(ComplaintEvents.RECEIVED, c.id.toString(), now, new ComplaintReceived(c.id, c.recordNumber,
                c.customerOrganisation, c.severity.name(), c.complainant(), c.channel.name(), c.category.name(),
                c.productName, c.productModel, c.lotNumber, List.copyOf(c.deviceIds), List.copyOf(c.ticketIds),
                c.reason, c.regulatorInvolved, by, now));
        changed.fire(new ComplaintChanged(c, null, false, now));
        return c;
    }

    /**
     * Takes a lifecycle action: the caller's version (412), role (403), the action against the status (409), what
     * the action needs (400); records who, when and why and publishes the action's event.
     */
    @Transactional
    public Complaint transition(UUID id, TransitionRequest request, Long expectedVersion, Caller caller) {
        Complaint c = find(id, caller);
        requireVersion(c, expectedVersion);
        ComplaintAction action = request.action();
        if (action.roles().stream().noneMatch(caller::hasRole)) {
            throw ProblemException.forbidden("Your roles may not " + action + " a complaint");
        }
        ComplaintStatus from = c.status;
        ComplaintStatus to = action.from(from).orElseThrow(() -> ProblemException.conflict(
                action + " is not allowed while the complaint is " + from));
        String reason = stripped(request.reason());
        if (action.needsReason() && reason == null) {
            throw ProblemException.badRequest(action + " needs a reason",
                    List.of(new FieldProblem("reason", "must not be blank for " + action)));
        }
        Instant now = Instant.now(clock);
        apply(c, action, request, now, caller);
        c.status = to;
        c.reasonOfLastChange = reason;
        c.updatedAt = now;
        ComplaintChange.record(c, action.name(), from, reason, caller.username(), now);
        outbox.append(action.event(), c.id.toString(), now, statusChanged(c, action.name(), from, reason,
                caller.username(), now));
        if (action == ComplaintAction.REJECT_SOLUTION) {
            escalate(c, EscalationTrigger.REOPENED, reason, caller.username(), now);
        }
        changed.fire(new ComplaintChanged(c, action, false, now));
        Complaint.getEntityManager().flush();
        return c;
    }

    private void apply(Complaint c, ComplaintAction action, TransitionRequest request, Instant now, Caller caller) {
        switch (action) {
            case CONTACT -> c.promisedReplyAt = replyPromise.check(c, request.promisedReplyAt(), now);
            case INVESTIGATE -> {
                TransitionRequest.Investigation investigation = required(request.investigation(), "investigation",
                        action);
                c.department = investigation.department();
                c.investigator = investigation.investigator().strip();
            }
            case DETERMINE -> determine(c, required(request.determination(), "determination", action));
            case REJECT_SOLUTION -> {
                c.reopenCount++;
                c.roundStartedAt = now;
            }
            case APPROVE -> {
                c.approvedBy = caller.username();
                c.approvedAt = now;
                if (request.preventiveAction() != null) {
                    c.preventiveAction = request.preventiveAction().description().strip();
                    c.preventiveOwner = request.preventiveAction().owner().strip();
                    c.preventiveDueOn = request.preventiveAction().dueOn();
                }
            }
            default -> {
            }
        }
    }

    private void determine(Complaint c, TransitionRequest.Determination d) {
        List<FieldProblem> problems = new ArrayList<>();
        RootCause cause = RootCause.findById(d.rootCause().strip());
        if (cause == null || !cause.active) {
            problems.add(new FieldProblem("determination.rootCause", "must be a code of the managed root-cause list"));
        }
        if (d.remedy() == Remedy.COMPENSATION && d.compensationAmount() == null) {
            problems.add(new FieldProblem("determination.compensationAmount", "must be given for a COMPENSATION"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The determination has invalid fields", problems);
        }
        if (d.qualityProblem() == QualityProblem.YES && !Attachments.hasPhoto(c.id)) {
            throw ProblemException.conflict("A quality problem is determined only with photos of it (seed 000): "
                    + "attach at least one PHOTO first");
        }
        c.findings = d.findings().strip();
        c.rootCause = cause.code;
        c.rootCauseDetail = stripped(d.rootCauseDetail());
        c.qualityProblem = d.qualityProblem();
        c.oldPartAssessmentId = d.oldPartAssessmentId();
        c.remedy = d.remedy();
        c.compensationAmount = d.compensationAmount();
        c.solution = d.solution().strip();
    }

    /** A manager raises the complaint one level by hand (409 at the top). */
    @Transactional
    public Complaint escalateByHand(UUID id, String reason, Long expectedVersion, Caller caller) {
        Complaint c = find(id, caller);
        requireVersion(c, expectedVersion);
        if (c.status == ComplaintStatus.CLOSED) {
            throw ProblemException.conflict("A closed complaint is not escalated");
        }
        if (!escalate(c, EscalationTrigger.BY_HAND, reason.strip(), caller.username(), Instant.now(clock))) {
            throw ProblemException.conflict("The complaint is already with the " + c.escalationLevel);
        }
        Complaint.getEntityManager().flush();
        return c;
    }

    /**
     * Raises the complaint one level, recording who, when and why and publishing {@code escalated.v1}.
     *
     * @return false when it already is at the top
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean escalate(Complaint c, EscalationTrigger trigger, String reason, String by, Instant now) {
        EscalationLevel fromLevel = c.escalationLevel;
        return fromLevel.next().map(toLevel -> {
            c.escalationLevel = toLevel;
            c.updatedAt = now;
            ComplaintChange.record(c, "ESCALATE", c.status, trigger + ": " + (reason == null ? "" : reason), by,
                    now);
            outbox.append(ComplaintEvents.ESCALATED, c.id.toString(), now, new ComplaintEscalated(c.id,
                    c.recordNumber, c.customerOrganisation, c.severity.name(), c.complainant(), fromLevel.name(),
                    toLevel.name(), trigger.name(), reason, by, now));
            return true;
        }).orElse(false);
    }

    /** A manager flags a special case: its decision is due within the urgent target (seed 000-3: 24 h). */
    @Transactional
    public Complaint flagUrgent(UUID id, String reason, Long expectedVersion, Caller caller) {
        Complaint c = find(id, caller);
        requireVersion(c, expectedVersion);
        if (c.urgent) {
            throw ProblemException.conflict("The complaint is already flagged as a special case");
        }
        if (c.status.compareTo(ComplaintStatus.DETERMINED) >= 0) {
            throw ProblemException.conflict("The complaint is already determined");
        }
        Instant now = Instant.now(clock);
        c.urgent = true;
        c.updatedAt = now;
        ComplaintChange.record(c, "FLAG_URGENT", c.status, reason.strip(), caller.username(), now);
        changed.fire(new ComplaintChanged(c, null, true, now));
        Complaint.getEntityManager().flush();
        return c;
    }

    /**
     * The complainant went to a regulator (seed 000): recorded, the complaint becomes SERIOUS and goes one level up.
     */
    @Transactional
    public Complaint reportRegulator(UUID id, String reason, Long expectedVersion, Caller caller) {
        Complaint c = find(id, caller);
        requireVersion(c, expectedVersion);
        if (c.regulatorInvolved) {
            throw ProblemException.conflict("The complaint already records a regulator");
        }
        Instant now = Instant.now(clock);
        c.regulatorInvolved = true;
        c.severity = Severity.SERIOUS;
        c.updatedAt = now;
        ComplaintChange.record(c, "REPORT_REGULATOR", c.status, reason.strip(), caller.username(), now);
        escalate(c, EscalationTrigger.REGULATOR, reason.strip(), caller.username(), now);
        Complaint.getEntityManager().flush();
        return c;
    }

    /** Every change of the complaint, oldest first. */
    public List<ComplaintChange> history(UUID id, Caller caller) {
        find(id, caller);
        return ComplaintChange.list("complaintId = ?1 order by changedAt, id", id);
    }

    /**
     * The complaint, or 404 when it does not exist or the caller may not see it; a walk-in complaint (no organisation)
     * only vendor staff see.
     */
    public Complaint find(UUID id, Caller caller) {
        Complaint c = Complaint.findById(id);
        if (c == null || !visible(c, caller)) {
            throw ProblemException.notFound("Complaint", id);
        }
        return c;
    }

    static boolean visible(Complaint c, Caller caller) {
        return caller.isVendorStaff() || (c.customerOrganisation != null && caller.canAccess(c.customerOrganisation));
    }

    /** The payload of a lifecycle event. */
    static ComplaintStatusChanged statusChanged(Complaint c, String action, ComplaintStatus from, String reason,
            String by, Instant at) {
        return new ComplaintStatusChanged(c.id, c.recordNumber, c.customerOrganisation, c.severity.name(),
                c.complainant(), action, from.name(), c.status.name(), reason, c.escalationLevel.name(),
                c.qualityProblem == null ? null : c.qualityProblem.name(), c.reopenCount, by, at);
    }

    /** 412 when the caller's version (If-Match) is not the complaint's; no check when it is null. */
    static void requireVersion(Complaint c, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != c.version) {
            throw new ProblemException(412, "Precondition Failed", "The complaint changed since version "
                    + expectedVersion + "; it is at version " + c.version + ". Read it again and retry.", List.of());
        }
    }

    private static <T> T required(T part, String field, ComplaintAction action) {
        if (part == null) {
            throw ProblemException.badRequest(action + " needs its " + field,
                    List.of(new FieldProblem(field, "must not be null for " + action)));
        }
        return part;
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
