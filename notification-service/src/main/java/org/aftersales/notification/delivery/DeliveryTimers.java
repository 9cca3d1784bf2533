package org.aftersales.notification.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.platform.timer.TimerHandler;
import org.aftersales.platform.timer.Timers;
import org.jboss.logging.Logger;

/**
 * Sends a queued message when its timer is due, and queues the retry when its provider could not take it.
 *
 * <p>For a provider outside the database the attempt is written (STARTED) and committed before the provider is
 * called; the answer is recorded in the timer's transaction. If the service dies between the two, the timer is still
 * there and fires again, and finds the attempt STARTED: on a channel whose provider drops a repeat of the attempt key
 * it sends again with that key; otherwise it asks the provider's records ({@link Sender#recordOf}) and records the
 * message as sent if the provider took it, sends it if the provider never got it, and where the provider cannot be
 * asked takes it as sent ({@link AttemptOutcome#IN_DOUBT}) rather than risk sending it twice (ADR 0019, ADR 0037).
 * A message that ends SENT or FAILED counts per channel ({@link DeliveryMetrics}).
 */
@ApplicationScoped
public class DeliveryTimers implements TimerHandler {

    private static final Logger LOG = Logger.getLogger(DeliveryTimers.class);

    private final Map<Channel, Sender> senders;
    private final Timers timers;
    private final Backoff backoff;
    private final Duration giveUpAfter;
    private final DeliveryMetrics metrics;

    DeliveryTimers(Instance<Sender> senders, Timers timers, DeliveryConfig config, DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.senders = senders.stream().collect(Collectors.toMap(Sender::channel, Function.identity()));
        this.timers = timers;
        this.backoff = new Backoff(config.firstRetry(), config.longestRetry());
        this.giveUpAfter = config.giveUpAfter();
    }

    @Override
    public String kind() {
        return Deliveries.SEND;
    }

    @Override
    public void fire(String subject, Instant dueAt, Instant now) {
        Message message = Message.findById(UUID.fromString(subject));
        if (message != null) {
            send(message, now);
        }
    }

    /**
     * Whether a message of this channel that is due at once is sent in the transaction that stores it rather than on
     * a timer: its sender writes in that database transaction ({@link Sender#transactional}), so the send commits or
     * rolls back with the message, and a timer would only add a transaction and a poll.
     */
    boolean sendsWhenStored(Channel channel) {
        Sender sender = senders.get(channel);
        return sender != null && sender.transactional();
    }

    /** Sends a pending message now, in the caller's transaction; one that is not pending (any more) is left alone. */
    void send(Message message, Instant now) {
        if (message.state != MessageState.PENDING) {
            return;
        }
        Sender sender = senders.get(message.channel);
        if (sender == null) {
            throw new IllegalStateException("no sender for channel " + message.channel);
        }
        // A transactional sender's attempt commits with its outcome: none of its attempts is ever left STARTED.
        MessageAttempt cutOff = sender.transactional() ? null : MessageAttempt.find(
                "messageId = ?1 and outcome = ?2", message.id, AttemptOutcome.STARTED).firstResult();
        if (cutOff != null && !sender.repeatsAreDropped()) {
            switch (sender.recordOf(message, message.id.toString(), cutOff.startedAt)) {
                case TOOK_IT -> {
                    finish(message, cutOff, Sender.Delivery.accepted(
                            "cut off after calling the provider; the provider's records show it took it"), now);
                    return;
                }
                case CANNOT_TELL -> {
                    finish(message, cutOff, new Sender.Delivery(AttemptOutcome.IN_DOUBT,
                            "cut off after calling the provider; taken as sent"), now);
                    return;
                }
                case NEVER_GOT_IT -> {
                    // Cut off before the provider got it: sent now, as the same attempt.
                }
            }
        }
        if (cutOff != null) {
            finish(message, cutOff, send(sender, message), now);
        } else if (sender.transactional()) {
            // Stored with its outcome: one insert, committed with what the sender wrote.
            MessageAttempt attempt = newAttempt(message, now);
            finish(message, attempt, send(sender, message), now);
            attempt.persist();
        } else {
            MessageAttempt attempt = newAttempt(message, now);
            QuarkusTransaction.requiringNew().run(attempt::persist);
            MessageAttempt started = MessageAttempt.getEntityManager().merge(attempt);
            finish(message, started, send(sender, message), now);
        }
    }

    private static MessageAttempt newAttempt(Message message, Instant now) {
        MessageAttempt attempt = new MessageAttempt();
        attempt.id = UUID.randomUUID();
        attempt.messageId = message.id;
        attempt.number = message.attempts + 1;
        attempt.startedAt = now;
        attempt.outcome = AttemptOutcome.STARTED;
        return attempt;
    }

    private static Sender.Delivery send(Sender sender, Message message) {
        try {
            return sender.send(message, message.id.toString());
        } catch (RuntimeException e) {
            LOG.warnf("sending message %s by %s failed: %s", message.id, message.channel, e.getMessage());
            return Sender.Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void finish(Message message, MessageAttempt attempt, Sender.Delivery delivery, Instant now) {
        attempt.outcome = delivery.outcome();
        attempt.detail = truncate(delivery.detail());
        attempt.finishedAt = now;
        message.attempts = attempt.number;
        switch (delivery.outcome()) {
            case ACCEPTED, IN_DOUBT -> end(message, MessageState.SENT, now);
            case REFUSED -> end(message, MessageState.FAILED, now);
            case FAILED -> retryOrGiveUp(message, now);
            case STARTED -> throw new IllegalStateException("a sender answered STARTED");
        }
    }

    private void retryOrGiveUp(Message message, Instant now) {
        Instant retryAt = now.plus(backoff.after(message.attempts, ThreadLocalRandom.current()::nextDouble));
        if (retryAt.isAfter(message.createdAt.plus(giveUpAfter))) {
            end(message, MessageState.FAILED, now);
            senders.get(message.channel).gaveUp(message);
        } else {
            timers.schedule(Deliveries.SEND, message.id.toString(), retryAt);
        }
    }

    private void end(Message message, MessageState state, Instant now) {
        message.state = state;
        message.finishedAt = now;
        metrics.ended(message);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }
}
