package org.aftersales.notification.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.notification.SurveyAnswered;
import org.aftersales.events.notification.SurveyEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.customer.CustomerArchiveCopy;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.OutgoingMessage;
import org.aftersales.notification.notify.MessageTemplates;
import org.aftersales.notification.notify.Notifier;
import org.aftersales.notification.rules.EventFacts;
import org.aftersales.notification.rules.Recipient;
import org.aftersales.notification.rules.RecipientResolver;
import org.aftersales.notification.ticket.TicketView;
import org.aftersales.notification.ticket.TicketViews;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.OrganisationScope;
import org.aftersales.platform.sql.NativeRows;
import org.hibernate.query.NativeQuery;

/**
 * Satisfaction surveys (售后服务满意度调查表): one sent after every closed ticket to its customer contact, as a link
 * with a signed, single-use, expiring token, and answered once through it; every answer is published
 * ({@code aftersales.survey.answered.v1}), a low overall score being what opens a complaint in complaint-service.
 */
@ApplicationScoped
public class Surveys {

    /**
     * The type of the messages that carry a survey's link: a message of the service's own, not an event of the
     * catalogue; its template is {@code messages/survey.invitation}.
     */
    static final String INVITATION = "aftersales.survey.invitation.v1";
    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    private final SurveyConfig config;
    private final SurveyToken tokens;
    private final SurveyQuestions questions;
    private final TicketViews tickets;
    private final MessageTemplates templates;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final InstalledBase installedBase;
    private final Notifier notifier;
    private final CustomerArchiveCopy customers;

    Surveys(SurveyConfig config, TicketViews tickets, MessageTemplates templates, Outbox outbox,
            EntityManager entityManager, Clock clock, InstalledBase installedBase, Notifier notifier,
            CustomerArchiveCopy customers) {
        this.config = config;
        this.tokens = new SurveyToken(config.tokenSecret());
        this.questions = SurveyQuestions.load();
        this.tickets = tickets;
        this.templates = templates;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
        this.installedBase = installedBase;
        this.notifier = notifier;
        this.customers = customers;
    }

    /**
     * Sends the survey of a closed ticket to its customer contact (their organisation's inbox), unless the ticket has
     * one already: a ticket closed again after reopening keeps its first survey.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ticketClosed(TicketStatusChanged closed) {
        if (Survey.count("ticketId", closed.ticketId()) > 0) {
            return;
        }
        Optional<TicketView> ticket = tickets.find(closed.ticketId());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Survey survey = new Survey();
        survey.id = UUID.randomUUID();
        survey.ticketId = closed.ticketId();
        survey.customerOrganisation = closed.customerOrganisation();
        survey.partnerOrganisation = partnerOf(closed.customerOrganisation());
        survey.deviceSerial = ticket.map(view -> view.deviceSerial).orElse(null);
        survey.engineer = ticket.map(view -> view.assignedEngineer).orElse(closed.assignedEngineer());
        // The contract naming the ticket's device, as ticket-service chooses a ticket's contract.
        Optional<KnownContract> contract = survey.deviceSerial == null ? Optional.empty()
                : installedBase.contractInForce(survey.deviceSerial, survey.customerOrganisation, closed.changedAt());
        survey.contractId = contract.map(c -> c.contractId).orElse(null);
        survey.contractNumber = contract.map(c -> c.contractNumber).orElse(null);
        survey.state = Survey.State.SENT;
        survey.sentAt = now;
        survey.expiresAt = now.plus(config.expiry());
        String token = tokens.issue(survey.id, survey.expiresAt);
        survey.tokenHash = SurveyToken.hash(token);
        survey.persist();
        send(survey, ticket, token, now);
    }

    /**
     * The link's message to the ticket's contact in their organisation's inbox and, when warranty-service's customer
     * archive gives that contact (by phone number) an email address, by email; to the organisation's inbox when the
     * ticket is unknown. Each by the recipient's preference.
     */
    private void send(Survey survey, Optional<TicketView> ticket, String token, Instant now) {
        Recipient recipient = ticket.map(view -> RecipientResolver.contact(new EventFacts.Contact(view.contactName,
                        view.contactPhone, customers.emailOf(survey.customerOrganisation, view.contactPhone)
                                .orElse(null)), survey.customerOrganisation))
                .orElseGet(() -> RecipientResolver.organisation(survey.customerOrganisation));
        Map<String, Object> model = new HashMap<>();
        model.put("recipient", ticket.map(view -> view.contactName).orElse(survey.customerOrganisation));
        model.put("ref", reference(survey.ticketId));
        model.put("link", config.link() + token);
        model.put("expiresAt", survey.expiresAt);
        MessageTemplates.Rendered message = templates.render(INVITATION, recipient.language(), model);
        for (Channel channel : List.of(Channel.IN_APP, Channel.EMAIL)) {
            String address = recipient.addresses().get(channel);
            if (address != null) {
                notifier.deliver(new OutgoingMessage(survey.id, INVITATION, survey.ticketId.toString(),
                        survey.customerOrganisation, recipient.key(), address, channel, message.template(),
                        message.language(), message.title(), message.body()), recipient, survey.customerOrganisation,
                        false, now);
            }
        }
    }

    /**
     * The survey a link's token opens, locked for an answer.
     *
     * @throws ProblemException 404 for a token this service did not sign or whose survey it does not have, 410 once
     *     it expired, 409 once it was answered
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Survey open(String token) {
        Survey survey = tokens.verify(token)
                .flatMap(claims -> Survey.<Survey>findByIdOptional(claims.surveyId(), LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.tokenHash.equals(SurveyToken.hash(token)))
                .orElseThrow(() -> ProblemException.notFound("Survey", "of this link"));
        if (!Instant.now(clock).isBefore(survey.expiresAt)) {
            throw new ProblemException(410, "Gone", "This survey expired at " + survey.expiresAt, List.of());
        }
        if (survey.state == Survey.State.ANSWERED) {
            throw ProblemException.conflict("This survey was already answered");
        }
        return survey;
    }

    public SurveyView view(Survey survey) {
        return new SurveyView(survey.ticketId, reference(survey.ticketId), questions.all(), LOWEST, HIGHEST,
                survey.expiresAt);
    }

    /**
     * Records the answer of an open survey and publishes it, in one transaction.
     *
     * @throws ProblemException 400 naming each score that is missing, of an unknown question or outside 1..5
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(Survey survey, SurveyAnswer answer) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String question : questions.ids()) {
            Integer score = answer.scores().get(question);
            if (score == null) {
                problems.add(new FieldProblem("scores." + question, "must be given"));
            } else if (score < LOWEST || score > HIGHEST) {
                problems.add(new FieldProblem("scores." + question, "must be " + LOWEST + " to " + HIGHEST));
            }
        }
        answer.scores().keySet().stream().filter(question -> !questions.ids().contains(question)).sorted()
                .forEach(question -> problems.add(new FieldProblem("scores." + question,
                        "no such question; the questions are " + String.join(", ", questions.ids()))));
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The answer has invalid scores", problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int overall = answer.scores().get(SurveyQuestions.OVERALL);
        survey.state = Survey.State.ANSWERED;
        survey.answeredAt = now;
        survey.overall = overall;
        survey.lowScore = overall <= config.lowScore();
        survey.comment = answer.comment();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String question : questions.ids()) {
            scores.put(question, answer.scores().get(question));
            entityManager.createNativeQuery(
                            "insert into survey_score (survey_id, question_id, score) values (?1, ?2, ?3)")
                    .setParameter(1, survey.id)
                    .setParameter(2, question)
                    .setParameter(3, answer.scores().get(question))
                    .executeUpdate();
        }
        outbox.append(SurveyEvents.ANSWERED, survey.id.toString(), now, new SurveyAnswered(survey.id,
                survey.ticketId, survey.customerOrganisation, survey.deviceSerial, survey.engineer, scores, overall,
                survey.comment, survey.lowScore, now));
    }

    /**
     * The answered surveys the scope may see, answered in {@code [from, to)} (either open), grouped: how many, the
     * average of each question and how many had a low score.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ScoreReport.Group> report(ScoreReport.By by, OrganisationScope scope, Instant from, Instant to) {
        String key = switch (by) {
            case ENGINEER -> "coalesce(s.engineer, '')";
            case PARTNER -> "s.partner_organisation";
            case CONTRACT -> "coalesce(s.contract_number, cast(s.contract_id as varchar), '')";
        };
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder("s.state = 'ANSWERED' and ")
                .append(scope.jpql("s.customer_organisation"));
        if (from != null) {
            where.append(" and s.answered_at >= :answeredFrom");
            parameters.put("answeredFrom", from);
        }
        if (to != null) {
            where.append(" and s.answered_at < :answeredTo");
            parameters.put("answeredTo", to);
        }
        Map<String, Map<String, Double>> averages = new HashMap<>();
        for (Object[] row : rows("select " + key + ", q.question_id, avg(q.score) from survey s"
                + " join survey_score q on q.survey_id = s.id where " + where + " group by 1, 2", parameters)) {
            averages.computeIfAbsent((String) row[0], group -> new LinkedHashMap<>())
                    .put((String) row[1], ((Number) row[2]).doubleValue());
        }
        return rows("select " + key + ", count(*), count(*) filter (where s.low_score) from survey s where " + where
                + " group by 1 order by 1", parameters).stream()
                .map(row -> new ScoreReport.Group((String) row[0], ((Number) row[1]).longValue(),
                        averages.getOrDefault((String) row[0], Map.of()), ((Number) row[2]).longValue()))
                .toList();
    }

    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        NativeQuery<?> query = NativeRows.sql(entityManager, sql);
        parameters.forEach(query::setParameter);
        return NativeRows.rows(query);
    }

    /** The organisation above a customer's ({@code dealer-a} above {@code dealer-a/customer-a}), else its own. */
    static String partnerOf(String customerOrganisation) {
        int slash = customerOrganisation.lastIndexOf('/');
        return slash < 0 ? customerOrganisation : customerOrganisation.substring(0, slash);
    }

    private static String reference(UUID ticketId) {
        return Notifier.shortReference(ticketId.toString());
    }
}
