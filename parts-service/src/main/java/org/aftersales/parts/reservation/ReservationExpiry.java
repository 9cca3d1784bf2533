package org.aftersales.parts.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.platform.timer.TimerHandler;

/** Releases a reservation whose hold ran out before it was issued (persistent timer, survives restarts). */
@ApplicationScoped
public class ReservationExpiry implements TimerHandler {

    private final ReservationDesk desk;

    ReservationExpiry(ReservationDesk desk) {
        this.desk = desk;
    }

    @Override
    public String kind() {
        return ReservationDesk.EXPIRY;
    }

    @Override
    public void fire(String subject, Instant dueAt, Instant now) {
        desk.expire(UUID.fromString(subject), now);
    }
}
