/**
 * SLA clocks (SLA 计时): the arithmetic of business time, pure Java.
 *
 * <ul>
 *   <li><b>Business time (服务时间)</b> is the time a contract's {@link org.aftersales.calendar.ServiceCalendar}
 *       covers: all of it for 7×24, else the service hours ({@code opens} to {@code closes}, the same day, in
 *       the calendar's zone, Asia/Shanghai by default) of China's working days: Monday to Friday less the
 *       announced holidays (法定节假日), plus the weekend days worked in exchange (调休上班), from
 *       {@link org.aftersales.calendar.ChinaCalendar}. A clock started outside service hours counts from the
 *       next opening. A deadline is the earliest instant at which the target is used up: a target that ends
 *       exactly at closing is due at closing, not at the next opening.</li>
 *   <li><b>Working days (工作日)</b> targets, such as a report within 3 working days, end at the end of the
 *       N-th working day after the day of the start, the start day never counting (开始的当日不计入): at
 *       closing time for service hours, at midnight for 7×24.</li>
 *   <li><b>Pauses (暂停)</b> stop a clock: the paused business time is not counted and moves the deadline,
 *       unless the pause starts after the deadline.</li>
 *   <li><b>Level change (故障等级变更)</b>: the new level's target applies from the clock's original start,
 *       and the time already paused stays paused ({@link org.aftersales.ticket.sla.SlaClock#withTarget}).</li>
 *   <li><b>Guessed (推算)</b>: a year whose holidays are not announced yet counts only weekends as off; a
 *       deadline that rests on such a year says so ({@code guessed}), so the UI can mark it as provisional.</li>
 * </ul>
 */
package org.aftersales.ticket.sla;
