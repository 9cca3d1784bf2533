package org.aftersales.complaint.handling;

/** Why a complaint went up a level. */
public enum EscalationTrigger {
    BY_HAND,
    DEADLINE_BREACHED,
    REOPENED,
    /** The complainant went to a regulator (seed 000): the complaint becomes SERIOUS. */
    REGULATOR
}
