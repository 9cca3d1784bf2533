package org.aftersales.notification.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Satisfaction surveys: answered by the customer through the link they were sent, without logging in (the link's
 * token is the credential; {@code aftersales.anonymous-api.paths}, rate-limited per address), and reported to staff.
 */
@Path("/api/v1/surveys")
@Tag(name = "Surveys", description = "满意度调查: the survey after a closed ticket, its answer and the scores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final Surveys surveys;
    private final Caller caller;

    SurveyResource(Surveys surveys, Caller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    @GET
    @Path("/scores")
    @RolesAllowed({Roles.MANAGER, Roles.QUALITY, Roles.PARTNER})
    @Transactional
    @Operation(summary = "Answered surveys per engineer, partner or contract over a period (partners: their "
            + "organisations')")
    @APIResponse(responseCode = "200", description = "One group per engineer, partner or contract with answered surveys",
            content = @Content(schema = @Schema(implementation = ScoreReport.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is missing or cannot be read")
    public ScoreReport scores(
            @Parameter(description = "ENGINEER, PARTNER or CONTRACT (the contract in force when the ticket closed)")
            @QueryParam("by") @NotNull
            @Pattern(regexp = "ENGINEER|PARTNER|CONTRACT", message = "must be ENGINEER, PARTNER or CONTRACT") String by,
            @Parameter(description = "Answered on or after this day (China time), e.g. 2026-01-01")
            @QueryParam("from") String from,
            @Parameter(description = "Answered on or before this day (China time), e.g. 2026-03-31")
            @QueryParam("to") String to) {
        LocalDate firstDay = QueryParameters.date("from", from);
        LocalDate lastDay = QueryParameters.date("to", to);
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            throw ProblemException.badRequest("The period ends before it starts",
                    List.of(new FieldProblem("to", "must not be before from")));
        }
        ScoreReport.By grouping = ScoreReport.By.valueOf(by);
        return new ScoreReport(grouping, firstDay, lastDay, surveys.report(grouping, caller.scope(),
                startOf(firstDay), lastDay == null ? null : startOf(lastDay.plusDays(1))));
    }

    @GET
    @Path("/{token}")
    @PermitAll
    @Transactional
    @Operation(summary = "The survey a link opens: its questions, each scored 1 to 5 (no login: the token is the key)")
    @APIResponse(responseCode = "200", description = "The questions to answer",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "404", description = "No survey has this token (forged, altered or unknown)")
    @APIResponse(responseCode = "409", description = "The survey was already answered")
    @APIResponse(responseCode = "410", description = "The survey expired")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public SurveyView survey(@PathParam("token") String token) {
        return surveys.view(surveys.open(token));
    }

    @POST
    @Path("/{token}/answers")
    @PermitAll
    @Transactional
    @Operation(summary = "Answers a survey once: a score 1 to 5 for every question and a comment")
    @APIResponse(responseCode = "204", description = "The answer was recorded")
    @APIResponse(responseCode = "400", description = "A score is missing, of an unknown question or not 1 to 5")
    @APIResponse(responseCode = "404", description = "No survey has this token (forged, altered or unknown)")
    @APIResponse(responseCode = "409", description = "The survey was already answered")
    @APIResponse(responseCode = "410", description = "The survey expired")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public void answer(@PathParam("token") String token, @NotNull @Valid SurveyAnswer body) {
        surveys.answer(surveys.open(token), body);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant();
    }
}
