package org.aftersales.notification.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.Sender;

/**
 * Puts messages into the in-app inbox, in the transaction that records the delivery, so each lands exactly once.
 * A message to a user ({@code user:…}) is seen by that user; any other by everybody of the organisation its
 * in-app address names.
 */
@ApplicationScoped
public class InAppSender implements Sender {

    /** The prefix of a recipient that is one user. */
    public static final String USER = "user:";

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public boolean transactional() {
        return true;
    }

    @Override
    public Delivery send(Message message, String attemptKey) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.messageId = message.id;
        boolean toUser = message.recipient.startsWith(USER);
        notification.customerOrganisation = toUser ? message.customerOrganisation : message.address;
        notification.recipient = toUser ? message.address : null;
        notification.eventType = message.eventType;
        notification.eventId = message.eventId;
        notification.subject = message.subject;
        notification.title = message.title;
        notification.body = message.body;
        notification.createdAt = message.createdAt;
        notification.persist();
        return Delivery.accepted("in the inbox as " + notification.id);
    }
}
