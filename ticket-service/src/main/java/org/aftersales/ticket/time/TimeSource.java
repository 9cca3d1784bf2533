package org.aftersales.ticket.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock ticket-service asks for the time: every registration, action, reading and report takes
 * {@code Instant.now(clock)} from the {@link Clock} produced here (UTC), so that tests can set it.
 */
public class TimeSource {

    @Produces
    @ApplicationScoped
    static Clock clock() {
        return Clock.systemUTC();
    }
}
