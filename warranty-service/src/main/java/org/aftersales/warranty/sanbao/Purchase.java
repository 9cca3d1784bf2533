package org.aftersales.warranty.sanbao;

import java.util.Optional;

/**
 * How the product was bought.
 *
 * @param distanceSale           网络、电视、电话、邮购 (消费者权益保护法 §25)
 * @param noReasonReturnExcluded the goods are among §25's exceptions (made to order, perishable, unsealed digital goods,
 *                               periodicals, or confirmed unsuitable at purchase)
 * @param goodsIntact            商品完好, as §25 ¶3 requires for a no-reason return
 * @param contractId             the contract whose service commitment covers the device, if any
 */
public record Purchase(Buyer buyer, boolean distanceSale, boolean noReasonReturnExcluded, boolean goodsIntact,
                       Optional<String> contractId) {

    /** 消费者 (为生活消费) or business (经营者之间, 产品质量法 §40 ¶4: the contract governs). */
    public enum Buyer { CONSUMER, BUSINESS }
}
