package org.aftersales.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every service asks for the time: registrations, actions, readings, deadlines and reports take
 * {@code Instant.now(clock)} from the {@link Clock} produced here (UTC). It is application-scoped, so a test sets it
 * with {@code QuarkusMock.installMockForType(Clock.fixed(...), Clock.class)}; it is a default bean, so a service or a
 * test profile may produce its own.
 */
public class TimeSource {

    @Produces
    @ApplicationScoped
    @DefaultBean
    static Clock clock() {
        return Clock.systemUTC();
    }
}
