package org.aftersales.warranty.sanbao;

import java.util.Optional;

/**
 * How the product was bought.
 *
 * @param distanceSale    网络、电视、电话、邮购 (消费者权益保护法 §25)
 * @param returnExclusion what kind of goods §25 ¶1–¶2 might except from the no-reason return; empty: none
 * @param goodsIntact     商品完好, as §25 ¶3 requires for a no-reason return
 * @param contractId      the contract whose service commitment covers the device, if any
 */
public record Purchase(Buyer buyer, boolean distanceSale, Optional<ReturnExclusion> returnExclusion, boolean goodsIntact,
                       Optional<String> contractId) {

    /** 消费者 (为生活消费) or business (经营者之间, 产品质量法 §40 ¶4: the contract governs). */
    public enum Buyer { CONSUMER, BUSINESS }

    /**
     * Goods 消费者权益保护法 §25 names as unsuitable for the 7-day no-reason return. Made-to-order, fresh and perishable
     * goods and delivered periodicals are excepted as such (¶1 (1), (2), (4)); audio-visual products, software and
     * other digital goods only once downloaded or unsealed by the consumer (¶1 (3)); other goods unsuitable by their
     * nature only if the consumer confirmed it at purchase (¶2).
     *
     * @param unsealed            digital goods: downloaded online or unsealed (拆封) by the consumer
     * @param confirmedAtPurchase goods unsuitable by nature: the consumer confirmed at purchase that they cannot be
     *                            returned without reason
     */
    public record ReturnExclusion(Kind kind, boolean unsealed, boolean confirmedAtPurchase) {

        public static ReturnExclusion of(Kind kind) {
            return new ReturnExclusion(kind, false, false);
        }

        /** The §25 kinds of goods. */
        public enum Kind {
            /** 消费者定作的. */
            MADE_TO_ORDER("消费者定作的商品", "made to order"),
            /** 鲜活易腐的. */
            FRESH_PERISHABLE("鲜活易腐的商品", "fresh and perishable"),
            /** 在线下载或者消费者拆封的音像制品、计算机软件等数字化商品. */
            DIGITAL("音像制品、计算机软件等数字化商品", "audio-visual, software or other digital goods"),
            /** 交付的报纸、期刊. */
            PERIODICAL("交付的报纸、期刊", "delivered newspapers and periodicals"),
            /** 其他根据商品性质并经消费者在购买时确认不宜退货的商品. */
            UNSUITABLE_BY_NATURE("根据商品性质不宜退货的商品", "goods unsuitable for return by their nature");

            private final String zh;
            private final String en;

            Kind(String zh, String en) {
                this.zh = zh;
                this.en = en;
            }

            public String zh() {
                return zh;
            }

            public String en() {
                return en;
            }
        }

        /** Whether §25 takes the no-reason return away from these goods. */
        public boolean excludes() {
            return switch (kind) {
                case MADE_TO_ORDER, FRESH_PERISHABLE, PERIODICAL -> true;
                case DIGITAL -> unsealed;
                case UNSUITABLE_BY_NATURE -> confirmedAtPurchase;
            };
        }

        Text text() {
            return switch (kind) {
                case MADE_TO_ORDER, FRESH_PERISHABLE, PERIODICAL -> new Text(kind.zh() + "，不适用无理由退货（第25条第1款）",
                        kind.en() + ": excepted from the no-reason return (§25 ¶1)");
                case DIGITAL -> unsealed
                        ? new Text(kind.zh() + "已在线下载或由消费者拆封，不适用无理由退货（第25条第1款第3项）",
                                kind.en() + " downloaded or unsealed by the consumer: excepted (§25 ¶1(3))")
                        : new Text(kind.zh() + "未下载、未拆封，仍可无理由退货", kind.en() + " neither downloaded nor unsealed: still returnable");
                case UNSUITABLE_BY_NATURE -> confirmedAtPurchase
                        ? new Text(kind.zh() + "，消费者购买时已确认，不适用无理由退货（第25条第2款）",
                                kind.en() + ", confirmed by the consumer at purchase: excepted (§25 ¶2)")
                        : new Text(kind.zh() + "，但消费者购买时未确认，仍可无理由退货（第25条第2款）",
                                kind.en() + ", but not confirmed by the consumer at purchase: still returnable (§25 ¶2)");
            };
        }
    }
}
