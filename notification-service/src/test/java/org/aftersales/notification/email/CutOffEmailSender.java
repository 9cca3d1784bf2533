package org.aftersales.notification.email;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.Sender;

/**
 * Around the real senders: for the subjects a test names, the service dies right after the SMTP server accepted the
 * mail, as if it were killed between the provider's acceptance and the record's update.
 */
@Decorator
@Priority(1)
public abstract class CutOffEmailSender implements Sender {

    /** Subjects (e.g. ticket ids) whose next email is cut off after it was accepted. */
    public static final Set<String> CUT_OFF = ConcurrentHashMap.newKeySet();

    @Inject
    @Delegate
    @Any
    Sender delegate;

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
    public void gaveUp(Message message) {
        delegate.gaveUp(message);
    }

    @Override
    public Delivery send(Message message, String attemptKey) {
        Delivery delivery = delegate.send(message, attemptKey);
        if (message.channel == Channel.EMAIL && CUT_OFF.remove(message.subject)) {
            throw new CutOff();
        }
        return delivery;
    }

    /** The process dying: an Error, which nothing in the service catches, so the transaction never commits. */
    static final class CutOff extends Error {

        CutOff() {
            super("cut off after the SMTP server accepted the mail", null, false, false);
        }
    }
}
