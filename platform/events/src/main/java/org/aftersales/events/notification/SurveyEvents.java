package org.aftersales.events.notification;

import org.aftersales.events.EventType;

/** The events of the survey aggregate (满意度调查), published by notification-service. */
public final class SurveyEvents {

    public static final String AGGREGATE = "survey";

    /** A customer answered a survey, low score or not. */
    public static final EventType<SurveyAnswered> ANSWERED =
            new EventType<>("aftersales.survey.answered.v1", AGGREGATE, SurveyAnswered.class);

    private SurveyEvents() {
    }
}
