package org.aftersales.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;
import org.aftersales.ticket.sla.ClockStates;

/**
 * Ticket lists (工单查询): the tickets of the caller's organisations that match a {@link TicketFilter}, newest first.
 * The query is built here as JPQL over {@code Ticket t}, one condition per criterion; a criterion on another table
 * joins it with {@code exists (select 1 from … where ….ticketId = t.id and …)}.
 */
@ApplicationScoped
public class TicketSearch {

    /** The time zone of the date criteria: the service desk's, China's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final EntityManager entityManager;
    private final Clock clock;

    TicketSearch(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A page of the tickets the caller may see that match the filter; another organisation's are never among them. */
    public TicketPage search(TicketFilter filter, Caller caller) {
        OrganisationScope scope = filter.organisation() == null
                ? caller.scope()
                : caller.scope().narrowedTo(filter.organisation());
        Conditions where = new Conditions(scope);
        if (TicketDesk.worksOnlyAssignedTickets(caller)) {
            where.and("t.assignedEngineer = :assignedToCaller", "assignedToCaller", caller.username());
        }
        where.and("t.status in :statuses", "statuses", filter.statuses().isEmpty() ? null : filter.statuses());
        where.and("t.faultLevel = :faultLevel", "faultLevel", filter.faultLevel());
        where.and("t.kind = :kind", "kind", filter.kind());
        where.and("t.channel = :channel", "channel", filter.channel());
        where.and("t.deviceSerial = :deviceSerial", "deviceSerial", filter.deviceSerial());
        where.and("t.assignedEngineer = :engineer", "engineer", filter.engineer());
        if (filter.slaState() != null) {
            where.and("exists (select 1 from TicketClock c where c.ticketId = t.id and "
                    + ClockStates.condition(filter.slaState()) + ")", "now", Instant.now(clock));
        }
        where.and("t.createdAt >= :createdFrom", "createdFrom", startOf(filter.createdFrom()));
        where.and("t.createdAt < :createdBefore", "createdBefore",
                startOf(filter.createdTo() == null ? null : filter.createdTo().plusDays(1)));

        TypedQuery<Ticket> tickets = where.bind(entityManager.createQuery("select t from Ticket t where "
                + where.jpql() + " order by t.createdAt desc, t.id desc", Ticket.class));
        TypedQuery<Long> count = where.bind(entityManager.createQuery(
                "select count(t) from Ticket t where " + where.jpql(), Long.class));
        List<TicketView> items = tickets.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size())
                .getResultList().stream().map(TicketView::of).toList();
        return new TicketPage(items, filter.page(), filter.size(), count.getSingleResult());
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    /** The conditions of a ticket query, joined by {@code and}, with their parameters; the caller's scope first. */
    private static final class Conditions {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        Conditions(OrganisationScope scope) {
            conditions.add(scope.jpql("t.customerOrganisation"));
            parameters.putAll(scope.parameters());
        }

        /**
         * Adds the condition when its value is given; an absent criterion does not narrow the list. The parameter is
         * bound only if the condition names it.
         */
        void and(String condition, String parameter, Object value) {
            if (value != null) {
                conditions.add(condition);
                if (condition.contains(":" + parameter)) {
                    parameters.put(parameter, value);
                }
            }
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** The where clause. */
        String jpql() {
            return String.join(" and ", conditions);
        }
    }
}
