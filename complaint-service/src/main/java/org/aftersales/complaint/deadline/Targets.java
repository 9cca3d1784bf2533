package org.aftersales.complaint.deadline;

import java.time.Duration;
import org.aftersales.complaint.ComplaintConfig;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.ComplaintTerms;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.platform.deadline.Promise;

/**
 * The promises of one complaint's deadlines and the share at which they warn: the contract's complaint terms where
 * it sets them, else the configured defaults.
 */
public record Targets(Promise contact, Promise replyPromise, Promise decision, Promise urgentDecision,
        Promise followUp, int warningPercent) {

    public static Targets defaults(ComplaintConfig config) {
        ComplaintConfig.Defaults d = config.defaults();
        return new Targets(Promise.within(d.contactWithin()), Promise.within(d.replyPromiseWithin()),
                Promise.within(d.decisionWithin()), Promise.within(d.urgentDecisionWithin()),
                Promise.within(d.followUpWithin()), config.warningPercent());
    }

    /** These targets with the contract's complaint terms and warning share laid over them. */
    public Targets under(ContractActivated contract) {
        ComplaintTerms terms = contract.complaints();
        int warning = contract.warningAtPercent() == null ? warningPercent : contract.warningAtPercent();
        if (terms == null) {
            return new Targets(contact, replyPromise, decision, urgentDecision, followUp, warning);
        }
        return new Targets(promise(terms.contactWithin(), contact), promise(terms.replyPromiseWithin(), replyPromise),
                promise(terms.decisionWithin(), decision), promise(terms.urgentDecisionWithin(), urgentDecision),
                promise(terms.followUpWithin(), followUp), warning);
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
