/**
 * 服务承诺 — service commitments: a tender's after-sales promises as a versioned, validated document.
 *
 * <h2>The document</h2>
 * A {@link org.aftersales.warranty.commitment.Commitment} is one JSON object (YAML is accepted on upload and
 * read into the same tree) with these sections, each a record here:
 * <ul>
 * <li>{@code serviceHours} — 7×24×365 or working hours on working days (zone {@code Asia/Shanghai}, public
 * holidays and 调休 from a named calendar), off-hours duty, hotline-change notice;</li>
 * <li>{@code serviceLevels} and {@code faultLevels} — each {@link org.aftersales.events.ticket.FaultLevel} maps
 * to a service level (A, B, C…) whose targets are response, on-site arrival and resolution (from the report,
 * or from arrival), optionally per {@link org.aftersales.warranty.commitment.FaultType}; {@code slaPauses};
 * {@code reports} due per ticket;</li>
 * <li>{@code spares} (delivery of spares or backup units, minimum local stock) and {@code loaner}, the one record
 * not here: the platform's {@link org.aftersales.commitment.LoanerTerm}, which ticket-service and parts-service
 * apply too;</li>
 * <li>{@code inspection} — cadences (every N months, or fixed calendar months mid-month, each active in a
 * phase after the warranty start), the report deadline, inspections before major events;</li>
 * <li>{@code returnVisits}; {@code warranty} (start event, whole-unit and per-component periods, coverage,
 * 一包, exclusions); {@code repeatedFailure}; {@code extensions}; {@code outOfWarranty}; {@code penalties}.</li>
 * </ul>
 * Time limits are ISO-8601 durations ({@code PT30M}) or working days ({@code {"workingDays": 3}}):
 * {@link org.aftersales.warranty.commitment.TimeLimit}. Calendar periods (warranty, extensions) are ISO-8601
 * periods ({@code P1Y}, {@code P60D}).
 *
 * <h2>Reading and validation</h2>
 * {@link org.aftersales.warranty.commitment.CommitmentParser} answers a valid commitment or <em>every</em>
 * problem as {@link org.aftersales.warranty.commitment.CommitmentProblem} {@code {path, message}}, with paths
 * such as {@code serviceLevels.A.response} or {@code inspection.cadence[1].every} ({@code body} for the whole
 * document).
 *
 * <h2>Versions</h2>
 * The document has an id but no version: {@link org.aftersales.warranty.commitment.CommitmentHistory} numbers
 * the versions and enforces DRAFT → PUBLISHED; a published version never changes, new terms are a revision.
 *
 * <h2>Views for other services</h2>
 * {@link org.aftersales.warranty.commitment.Commitment#targetsFor} gives ticket-service a ticket's
 * {@link org.aftersales.warranty.commitment.SlaTargets};
 * {@link org.aftersales.warranty.commitment.Inspection#dueDates} expands the inspection cadence into visits;
 * {@link org.aftersales.warranty.commitment.WarrantyTerms#periodOf} gives a component's period; the 三包 engine
 * answers the other warranty questions (loaner, repeated failure, last day) from the commitment through
 * {@link org.aftersales.warranty.claim.CommitmentPolicy}.
 *
 * <p>{@link org.aftersales.warranty.commitment.CommitmentTemplates} offers ready commitments from the seeds.
 */
package org.aftersales.warranty.commitment;
