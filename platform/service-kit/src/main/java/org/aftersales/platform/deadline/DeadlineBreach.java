package org.aftersales.platform.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * 超时记录: a broken promise, stored as a permanent fact when its deadline fell due unmet. It is never deleted; a
 * breach that should not count (e.g. recorded against the wrong promise) is marked withdrawn with who, when and why.
 *
 * @param promise the promise as written, e.g. {@code PT4H} or {@code 3 working days}
 * @param promisedAt the due instant that passed
 * @param actualAt when the promise was finally kept, null until then
 * @param withdrawal null unless withdrawn
 */
public record DeadlineBreach(UUID id, UUID deadlineId, String kind, String subject, String promise,
        String responsible, Instant startedAt, Instant promisedAt, Instant breachedAt, Instant actualAt,
        Withdrawal withdrawal) {

    /** Who withdrew a breach, when and why (撤销). */
    public record Withdrawal(Instant at, String by, String reason) {
    }
}
