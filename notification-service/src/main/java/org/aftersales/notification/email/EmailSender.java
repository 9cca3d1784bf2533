package org.aftersales.notification.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.Sender;

/**
 * Sends messages by email through Quarkus Mailer over SMTP. SMTP has no idempotency key: a send cut off before its
 * answer was recorded is not repeated (see {@link org.aftersales.notification.delivery.DeliveryTimers}). The
 * Message-ID names the delivery record, so a receiving system can tell repeats apart.
 */
@ApplicationScoped
public class EmailSender implements Sender {

    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Delivery send(Message message, String attemptKey) {
        mailer.send(Mail.withText(message.address, message.title, message.body)
                .addHeader("Message-ID", "<" + attemptKey + "@notification.aftersales>"));
        return Delivery.accepted("accepted by the SMTP server");
    }
}
