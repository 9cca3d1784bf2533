package org.aftersales.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.timer.Timers;

/**
 * Stores messages to be sent and queues them on a persistent timer, in the caller's transaction: the message and
 * the effect of the event that caused it commit together, or neither does. An in-app message due now lands in the
 * inbox in that same transaction.
 */
@ApplicationScoped
public class Deliveries {

    /** The kind of the timers that send messages. */
    static final String SEND = "message-send";

    private final EntityManager entityManager;
    private final Timers timers;
    private final DeliveryTimers sending;

    Deliveries(EntityManager entityManager, Timers timers, DeliveryTimers sending) {
        this.entityManager = entityManager;
        this.timers = timers;
        this.sending = sending;
    }

    /**
     * Stores a message and queues it to be sent now, unless one for its event, recipient and channel is stored
     * already.
     *
     * @return whether it was stored now (false: a repeat)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(OutgoingMessage outgoing, Instant now) {
        return enqueue(outgoing, now, now);
    }

    /**
     * Stores a message and queues it to be sent at {@code sendAt} (the end of its recipient's quiet hours, or now),
     * unless one for its event, recipient and channel is stored already. An in-app message due now is not queued:
     * it is put into the inbox at once, in this transaction ({@link DeliveryTimers#sendsWhenStored}).
     *
     * @return whether it was stored now (false: a repeat)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(OutgoingMessage outgoing, Instant now, Instant sendAt) {
        Optional<Message> stored = insert(outgoing, MessageState.PENDING, now);
        stored.ifPresent(message -> {
            if (!sendAt.isAfter(now) && sending.sendsWhenStored(message.channel)) {
                sending.send(message, now);
            } else {
                timers.schedule(SEND, message.id.toString(), sendAt);
            }
        });
        return stored.isPresent();
    }

    /**
     * Stores a message its recipient does not want by its channel as {@link MessageState#SUPPRESSED}: never sent,
     * but on record, once per event, recipient and channel.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suppress(OutgoingMessage outgoing, Instant now) {
        insert(outgoing, MessageState.SUPPRESSED, now);
    }

    /** The message as stored now, in this session; empty when one for its event, recipient and channel was already. */
    @SuppressWarnings("unchecked")
    private Optional<Message> insert(OutgoingMessage outgoing, MessageState state, Instant now) {
        List<Message> stored = entityManager.createNativeQuery("""
                        insert into message (id, event_id, event_type, subject, customer_organisation, recipient,
                            address, channel, template, language, title, body, parameters, state, attempts,
                            created_at, finished_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14, ?15, 0, ?13,
                            cast(case when ?15 = 'PENDING' then null else ?13 end as timestamptz))
                        on conflict (event_id, recipient, channel) do nothing
                        returning *""", Message.class)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, outgoing.eventId())
                .setParameter(3, outgoing.eventType())
                .setParameter(4, outgoing.subject())
                .setParameter(5, outgoing.customerOrganisation())
                .setParameter(6, outgoing.recipient())
                .setParameter(7, outgoing.address())
                .setParameter(8, outgoing.channel().name())
                .setParameter(9, outgoing.template())
                .setParameter(10, outgoing.language())
                .setParameter(11, outgoing.title())
                .setParameter(12, outgoing.body())
                .setParameter(13, Timestamp.from(now))
                .setParameter(14, outgoing.parameters())
                .setParameter(15, state.name())
                .getResultList();
        return stored.stream().findFirst();
    }

    /**
     * Queues a sent or given-up message to be sent once more, now, with the same id (so its receiver can tell it is
     * a repeat).
     *
     * @throws ProblemException 409 while it is still pending
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(Message message, Instant now) {
        if (message.state == MessageState.PENDING) {
            throw ProblemException.conflict("message " + message.id + " is still pending");
        }
        message.state = MessageState.PENDING;
        message.finishedAt = null;
        timers.schedule(SEND, message.id.toString(), now);
    }
}
