package org.aftersales.notification.delivery;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Around the real senders: for the channel and subject a test names, the service dies right after the provider
 * accepted the message ({@link #afterAcceptance}), as if it were killed between the provider's acceptance and the
 * record's update, or right before the provider is called ({@link #beforeTheCall}), as if it were killed after the
 * attempt was written and before the request left.
 */
@Decorator
@Priority(1)
public abstract class CutOffSender implements Sender {

    private static final Set<String> AFTER_ACCEPTANCE = ConcurrentHashMap.newKeySet();
    private static final Set<String> BEFORE_THE_CALL = ConcurrentHashMap.newKeySet();

    @Inject
    @Delegate
    @Any
    Sender delegate;

    /** The next message of this channel about this subject (e.g. a ticket id) is cut off after it was accepted. */
    public static void afterAcceptance(Channel channel, String subject) {
        AFTER_ACCEPTANCE.add(channel + " " + subject);
    }

    /** The next message of this channel about this subject is cut off before its provider is called. */
    public static void beforeTheCall(Channel channel, String subject) {
        BEFORE_THE_CALL.add(channel + " " + subject);
    }

    /** Whether a cut-off asked for this channel and subject is still to come. */
    public static boolean pending(Channel channel, String subject) {
        return AFTER_ACCEPTANCE.contains(channel + " " + subject) || BEFORE_THE_CALL.contains(channel + " " + subject);
    }

    // The interface's default methods are the decorator's own unless it hands them on: it must, to change nothing else.
    @Override
    public boolean transactional() {
        return delegate.transactional();
    }

    @Override
    public boolean repeatsAreDropped() {
        return delegate.repeatsAreDropped();
    }

    @Override
    public ProviderRecord recordOf(Message message, String attemptKey, Instant startedAt) {
        return delegate.recordOf(message, attemptKey, startedAt);
    }

    @Override
    public void gaveUp(Message message) {
        delegate.gaveUp(message);
    }

    @Override
    public Delivery send(Message message, String attemptKey) {
        String key = message.channel + " " + message.subject;
        if (BEFORE_THE_CALL.remove(key)) {
            throw new CutOff("cut off before the provider was called");
        }
        Delivery delivery = delegate.send(message, attemptKey);
        if (AFTER_ACCEPTANCE.remove(key)) {
            throw new CutOff("cut off after the provider accepted the message");
        }
        return delivery;
    }

    /** The process dying: an Error, which nothing in the service catches, so the transaction never commits. */
    static final class CutOff extends Error {

        CutOff(String message) {
            super(message, null, false, false);
        }
    }
}
