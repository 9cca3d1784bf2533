package org.aftersales.warranty.sanbao;

import java.time.LocalDate;

/**
 * The event that starts a period or a window (起算日): the one vocabulary of statutory policies and of a commitment's
 * warranty ({@code warranty.startsAt}). An event whose date is not recorded falls back to the invoice date.
 */
public enum StartEvent {
    /** 开具发票之日. */
    INVOICE("发票日期", "invoice date"),
    /** 开具发票之日, or the delivery date where it is later (car rule Art 18 ¶2). */
    LATER_OF_INVOICE_AND_DELIVERY("发票日期与交付日期中较晚者", "later of invoice and delivery date"),
    /** 安装调试验收完成之日, or the invoice date where there is none (flat-panel TVs 2011; contracts 验收合格之日). */
    ACCEPTANCE("验收日期（无则发票日期）", "acceptance date, else invoice date"),
    /** 交付/收到商品之日: the delivery date, else the invoice date (消费者权益保护法 §24, §25; contracts 到货之日). */
    DELIVERY("收货日期（无则发票日期）", "delivery date, else invoice date");

    private final String zh;
    private final String en;

    StartEvent(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }

    /** The day this event happened on, from a device's or a claim's document dates. */
    public LocalDate dateIn(Claim.Dates dates) {
        return switch (this) {
            case INVOICE -> dates.invoice();
            case LATER_OF_INVOICE_AND_DELIVERY -> dates.delivery().filter(d -> d.isAfter(dates.invoice())).orElse(dates.invoice());
            case ACCEPTANCE -> dates.acceptance().orElse(dates.invoice());
            case DELIVERY -> dates.delivery().orElse(dates.invoice());
        };
    }
}
