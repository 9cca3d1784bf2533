package org.aftersales.complaint.deadline;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.complaint.ComplaintConfig;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.ComplaintTerms;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.platform.deadline.ContractCalendar;
import org.aftersales.platform.deadline.Promise;

/**
 * The promises of one complaint's deadlines, the share at which they warn and the calendar they run on: the contract's
 * complaint terms and service calendar (service hours, holidays, 调休) where it sets them, else the configured defaults
 * on the default calendar (7×24 in Asia/Shanghai).
 */
public record Targets(Promise contact, Promise replyPromise, Promise decision, Promise urgentDecision,
        Promise followUp, int warningPercent, ServiceCalendar calendar) {

    public static Targets defaults(ComplaintConfig config) {
        ComplaintConfig.Defaults d = config.defaults();
        return new Targets(Promise.within(d.contactWithin()), Promise.within(d.replyPromiseWithin()),
                Promise.within(d.decisionWithin()), Promise.within(d.urgentDecisionWithin()),
                Promise.within(d.followUpWithin()), config.warningPercent(), ContractCalendar.of(null));
    }

    /** These targets with the contract's complaint terms, warning share and service calendar laid over them. */
    public Targets under(ContractActivated contract) {
        ComplaintTerms terms = contract.complaints();
        int warning = contract.warningAtPercent() == null ? warningPercent : contract.warningAtPercent();
        ServiceCalendar served = ContractCalendar.of(contract.calendar());
        if (terms == null) {
            return new Targets(contact, replyPromise, decision, urgentDecision, followUp, warning, served);
        }
        return new Targets(promise(terms.contactWithin(), contact), promise(terms.replyPromiseWithin(), replyPromise),
                promise(terms.decisionWithin(), decision), promise(terms.urgentDecisionWithin(), urgentDecision),
                promise(terms.followUpWithin(), followUp), warning, served);
    }

    /** When a promise started at {@code start} falls due on these targets' calendar. */
    public Instant due(Promise promise, Instant start) {
        return promise.dueAfter(start, calendar).at();
    }

    /**
     * The calendar of a time promised to the complainant as a moment (the reply time promised on first contact): it
     * falls due at that moment, nights and holidays included, in the calendar's zone.
     */
    public ServiceCalendar promisedMoments() {
        return ServiceCalendar.alwaysOpen(calendar.zone());
    }

    /** The contract's target as a promise, or {@code fallback} when the contract sets none. */
    static Promise promise(TimeTarget contract, Promise fallback) {
        if (contract == null || (contract.elapsed() == null && contract.workingDays() == null)) {
            return fallback;
        }
        return contract.elapsed() != null ? Promise.within(Duration.parse(contract.elapsed()))
                : Promise.workingDays(contract.workingDays());
    }
}
