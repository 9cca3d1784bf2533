/**
 * The 三包 decision engine: given a {@link org.aftersales.warranty.sanbao.Claim} (device, component, fault, dates,
 * kilometres, repair history, replacements, the old-part assessment 旧件鉴定), decide the
 * {@link org.aftersales.warranty.sanbao.Remedy}, who pays parts, labour and travel, the refund and its deduction, a loaner,
 * the period ends, and a bilingual trace of every rule considered. Plain Java, no framework; {@code SanbaoEngine} is
 * immutable and thread-safe.
 *
 * <h2>Policies are data</h2>
 * A {@link org.aftersales.warranty.sanbao.Policy} is a product table ({@link org.aftersales.warranty.sanbao.ProductTerms}:
 * start event, whole-unit / main-part / accessory terms in years and km, daily depreciation rate), clock terms
 * (repair and parts-waiting time extending the period, days added per unresolved outage, what a replacement restarts
 * — 一包 — and whether a last day rolls past a holiday) and a list of {@link org.aftersales.warranty.sanbao.Rule}s.
 * The rule <em>kinds</em> are code (early-fault window, repeated repairs, long repair, loaner, in period, out of period,
 * exclusion, no-reason return, no same model for an exchange); their numbers, remedies and payers are data. {@link org.aftersales.warranty.sanbao.StatutoryPolicies}
 * holds the 1995 household-goods rule with its catalog, the 2021 car rule, the 2001 mobile-phone rule, the 2002
 * microcomputer rule and 消费者权益保护法 §24 (fallback only) and §25; a contract's service commitment is a policy
 * with {@code Applicability.contract(id)} built from the contract's data.
 *
 * <h2>Layering and favourability</h2>
 * Every applicable policy is evaluated on its own; inside a policy, and then across policies (statutory first,
 * contracts over them), the outcome more favourable to the customer wins:
 * <ol>
 *   <li>what the remedy is worth, where both have a money worth: a refund its amount (after depreciation or usage
 *       fee), an exchange a new unit at the invoice price — a refund reduced by depreciation does not beat a new
 *       unit; within a rule's options the most valuable one is the remedy, and the trace says why;</li>
 *   <li>the remedy: refund &gt; exchange &gt; part replacement &gt; free repair &gt; paid repair &gt; no obligation
 *       (the declaration order of {@code Remedy});</li>
 *   <li>for the same remedy, the lower cost burden: per item seller or repairer 0, customer at cost 1, customer 2,
 *       summed over parts, labour and travel;</li>
 *   <li>then the larger refund. On a full tie the policy evaluated first (the statute) is kept.</li>
 * </ol>
 * A loaner is taken from whichever policy owes the most days. The trace has one {@code LAYERING} entry per
 * challenger saying which outcome won and why. Statutory consumer policies do not apply to business buyers
 * (产品质量法 §40 ¶4: the contract governs); §24 applies only where no specific regulation lists the product.
 *
 * <h2>Counting conventions</h2>
 * Money is yuan in {@code BigDecimal}, scale 2, HALF_UP once at the end of each computation. Document dates are
 * {@code LocalDate}; repair times are {@code Instant} because the car rule counts hours; instants become dates in
 * China Standard Time (+08:00). Day n of a window is the n-th day after its start date (the start day is day 0, as the
 * 1995 commentary's end-date example and 民法典 §201 count) — [inference]. A repair's days: each started 24 hours
 * counts as a day and a visit at least one (car rule Art 40), applied to every policy, plus the days it waited for
 * parts outside the visit ({@link org.aftersales.warranty.sanbao.RepairVisit#days}). Repairs of "the same problem" are
 * repairs of the same fault of the same component, counted in total or in a row (a fixing repair resets the run) by
 * {@link org.aftersales.warranty.sanbao.RepairTally}, which also counts unresolved outages (stopped work, fault left).
 * A period's last day is {@link org.aftersales.warranty.sanbao.LastDay}: the corresponding day one term later
 * (民法典 §202, the month's last day where there is none), plus extensions, rolled past a day off where the policy
 * says so (§203) on the {@link org.aftersales.warranty.sanbao.WorkingDayCalendar} given — the same rule the
 * entitlement uses. The consumer-law §24 fallback owes exchange or repair within two years of receipt
 * ({@code StatutoryPolicies.CPL_24_PERIOD}, [inference] from 民法典 §621 ¶2), never without end.
 *
 * <h2>Rules with facts of their own</h2>
 * Encoded from issue 9's list, each through {@link org.aftersales.warranty.sanbao.Claim.Circumstances} and a rule kind:
 * 1995 R10 ({@code Rule.LargeItem}: a large item's transport at the repairer's cost), R6 and phone M6
 * ({@code Rule.NoSameModel}), phone M9 ({@code Rule.RepeatedReplacements}: an accessory exchanged twice and still
 * failing, refunded at its invoice price or, sold with the phone, at its stand-alone price), M10
 * ({@code Rule.AgreedExchangeDate}), the lost-invoice tiers ({@code Rule.ProofTiers}, also the 1995 and 2002 lost
 * documents), car V3 ({@code Rule.Breakdown}), V9 and V10 ({@code Rule.RepeatedReplacements}: assemblies, and the same
 * main part of a listed system, never counted twice), V12 ({@code Rule.NoSameBrandModel}), V13
 * ({@code Rule.AccompanyingFees}; the add-ons' depreciation at the usage-fee proportion is [inference]), Art 28
 * ({@code Rule.AnswerDeadlines}: answer and completion dates in working days), microcomputer C2 (a new main part),
 * §25's kinds of goods ({@code Purchase.ReturnExclusion}), time not counted toward the car's cumulative repair time
 * ({@code RepairVisit.NonCounting}, intervals with a reason) and "no fault found".
 * Left: Art 28 ¶2's refund once a replacement is 20 working days late (needs the date of an earlier request, not yet a
 * fact); the M9 refund needs the accessory's stand-alone price stated, else no refund is offered.
 *
 * <h2>Unverified numbers (SANBAO-RULES.md)</h2>
 * Every term and rate carries its {@link org.aftersales.warranty.sanbao.Source} tag, shown in the trace. Unverified
 * and absent, so the rules needing them do not fire until configured with {@code Policy.withProduct}: the 1995 catalog
 * rows 5–7, 10–14, 16–17 (camcorder … clocks), the main-part names and daily rates of refrigerators and washing
 * machines, the motorcycle's main parts and rate; the desktop-computer row and the microcomputer depreciation rate
 * (so no refund after repeated repairs) and repair-delay thresholds. Unverified but carried as data with the tag:
 * the mobile-phone charger's 1 year, "no restart after an exchange" for phones and microcomputers, and the motorcycle's
 * 1 year or 6,000 km (from the 实施细则; its link to catalog row 18 is unverified). Secondary [S] only: refrigerator and
 * washing-machine 1/3 years, gas water heater, the phone periods and its 0.5 %/day rate, the notebook 1/2 years.
 * The current validity of the 1995, 2001 and 2002 regulations is itself unverified.
 */
package org.aftersales.warranty.sanbao;
