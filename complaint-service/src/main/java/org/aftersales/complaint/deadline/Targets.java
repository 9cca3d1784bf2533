package org.aftersales.complaint.deadline;

import org.aftersales.complaint.ComplaintConfig;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.ComplaintTerms;

/**
 * The targets of one complaint's deadlines and the share at which they warn: the contract's complaint terms where
 * it sets them, else the configured defaults.
 */
public record Targets(Target contact, Target replyPromise, Target decision, Target urgentDecision, Target followUp,
        int warningPercent) {

    public static Targets defaults(ComplaintConfig config) {
        ComplaintConfig.Defaults d = config.defaults();
        return new Targets(Target.of(d.contactWithin()), Target.of(d.replyPromiseWithin()),
                Target.of(d.decisionWithin()), Target.of(d.urgentDecisionWithin()), Target.of(d.followUpWithin()),
                config.warningPercent());
    }

    /** These targets with the contract's complaint terms and warning share laid over them. */
    public Targets under(ContractActivated contract) {
        ComplaintTerms terms = contract.complaints();
        int warning = contract.warningAtPercent() == null ? warningPercent : contract.warningAtPercent();
        if (terms == null) {
            return new Targets(contact, replyPromise, decision, urgentDecision, followUp, warning);
        }
        return new Targets(Target.of(terms.contactWithin(), contact),
                Target.of(terms.replyPromiseWithin(), replyPromise), Target.of(terms.decisionWithin(), decision),
                Target.of(terms.urgentDecisionWithin(), urgentDecision), Target.of(terms.followUpWithin(), followUp),
                warning);
    }
}
