package org.aftersales.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.aftersales.platform.observability.SuiteMetrics;

/**
 * Counts messages that reached their end, per channel: {@code aftersales.notifications.sent} and
 * {@code aftersales.notifications.failed}. A message counts once the transaction that recorded its end commits, so a
 * send whose transaction rolls back (its timer fires again) is not counted until it really ends. Every channel's
 * counters exist from the start at 0, so the first failure already shows as an increase.
 */
@Startup
@ApplicationScoped
class DeliveryMetrics {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    DeliveryMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
        for (Channel channel : Channel.values()) {
            registry.counter(SuiteMetrics.NOTIFICATIONS_SENT, "channel", channel.name());
            registry.counter(SuiteMetrics.NOTIFICATIONS_FAILED, "channel", channel.name());
        }
    }

    /** Counts the message as SENT or FAILED when the current transaction commits. */
    void ended(Message message) {
        String name = message.state == MessageState.FAILED ? SuiteMetrics.NOTIFICATIONS_FAILED
                : SuiteMetrics.NOTIFICATIONS_SENT;
        String channel = message.channel.name();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    registry.counter(name, "channel", channel).increment();
                }
            }
        });
    }
}
