/**
 * 三包 claims over REST ({@code POST /api/v1/claims}, {@code GET /api/v1/claims/{id}}) and the remedy-due watch that
 * publishes {@code aftersales.device.remedy-due.v1} after resolved tickets. Both gather the facts
 * ({@link org.aftersales.warranty.claim.ClaimDecider}) and run {@link org.aftersales.warranty.sanbao.SanbaoEngine}
 * with the statutory policies and the policy of the contract in force ({@link org.aftersales.warranty.claim.ContractPolicies},
 * built by {@link org.aftersales.warranty.claim.CommitmentPolicy}).
 */
package org.aftersales.warranty.claim;
