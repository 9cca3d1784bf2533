package org.aftersales.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.testing.ServiceTestResources;

/**
 * What notification-service's component tests run against: real PostgreSQL and Kafka, the stand-in token issuer
 * and a real SMTP server (GreenMail) that the service mails to and the tests read. Tests receive the server in a
 * field annotated {@link Smtp}.
 */
public class NotificationTestResources extends ServiceTestResources {

    /** Marks a {@link GreenMail} field of a test to receive the test SMTP server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Smtp {
    }

    private GreenMail smtp;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", Integer.toString(port));
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(smtp, new TestInjector.AnnotatedAndMatchesType(Smtp.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        super.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the test SMTP server", e);
        }
    }
}
