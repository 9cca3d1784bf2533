package org.aftersales.ticket.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.platform.problem.FieldProblem;

/**
 * The times of a repair report (维修报告) must tell a possible story: reported (报修) → arrived (到场) → restored
 * (恢复), none of them in the future.
 */
final class RepairReportRules {

    private RepairReportRules() {
    }

    /** What is wrong with the report's times; empty when they are consistent. */
    static List<FieldProblem> timeProblems(Instant reportedAt, Instant arrivedAt, Instant restoredAt, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (arrivedAt != null) {
            notBefore(problems, "arrivedAt", arrivedAt, reportedAt, "the report time " + reportedAt);
            notAfter(problems, "arrivedAt", arrivedAt, now);
        }
        notBefore(problems, "restoredAt", restoredAt, reportedAt, "the report time " + reportedAt);
        if (arrivedAt != null) {
            notBefore(problems, "restoredAt", restoredAt, arrivedAt, "arrivedAt");
        }
        notAfter(problems, "restoredAt", restoredAt, now);
        return problems;
    }

    private static void notBefore(List<FieldProblem> problems, String field, Instant time, Instant earliest,
            String earliestName) {
        if (time.isBefore(earliest)) {
            problems.add(new FieldProblem(field, "must not be before " + earliestName));
        }
    }

    private static void notAfter(List<FieldProblem> problems, String field, Instant time, Instant now) {
        if (time.isAfter(now)) {
            problems.add(new FieldProblem(field, "must not be in the future"));
        }
    }
}
