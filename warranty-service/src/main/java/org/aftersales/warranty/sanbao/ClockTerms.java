package org.aftersales.warranty.sanbao;

/**
 * How a policy's periods run.
 *
 * @param extendByRepairTime        修理占用和无零配件待修的时间不计入: repair and parts-waiting days move the end later
 * @param daysPerUnresolvedOutage   days added for each repair visit that stopped work and did not resolve the fault
 *                                  (a contract term, seed 002: 60); 0 for none
 * @param restart                   what a replacement restarts (一包)
 * @param restartSource             how well the restart rule is sourced
 * @param lastDayRollsPastHoliday   if the last day is not a working day, the next working day is the last day
 */
public record ClockTerms(
        boolean extendByRepairTime,
        int daysPerUnresolvedOutage,
        Restart restart,
        Source restartSource,
        boolean lastDayRollsPastHoliday) {

    /** What a replacement restarts. */
    public enum Restart {
        /** Nothing restarts. */
        NONE,
        /** An exchange of the whole unit restarts every period from the exchange date. */
        WHOLE_UNIT,
        /** As {@link #WHOLE_UNIT}, and a replaced part also restarts its own period. */
        REPLACED_PART
    }
}
