package org.aftersales.complaint.handling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.aftersales.complaint.deadline.ComplaintTargets;
import org.aftersales.complaint.deadline.Targets;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/**
 * The reply time promised on first contact (seed 000: 承诺答复时间): in the future, and for a GENERAL complaint no
 * later than the reply-promise target after the round began (8 h unless the contract says otherwise).
 */
@ApplicationScoped
public class ReplyPromise {

    private final ComplaintTargets targets;

    ReplyPromise(ComplaintTargets targets) {
        this.targets = targets;
    }

    Instant check(Complaint complaint, Instant promised, Instant now) {
        if (promised == null) {
            throw invalid("must not be null for CONTACT: the reply time promised to the complainant");
        }
        if (!promised.isAfter(now)) {
            throw invalid("must be in the future");
        }
        Targets within = targets.of(complaint);
        Instant latest = within.due(within.replyPromise(), complaint.roundStartedAt);
        if (complaint.severity == Severity.GENERAL && promised.isAfter(latest)) {
            throw invalid("must be no later than " + latest + " for a GENERAL complaint");
        }
        return promised;
    }

    private static ProblemException invalid(String message) {
        return ProblemException.badRequest("The promised reply time cannot be accepted",
                List.of(new FieldProblem("promisedReplyAt", message)));
    }
}
