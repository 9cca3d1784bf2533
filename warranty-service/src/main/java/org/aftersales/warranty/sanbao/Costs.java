package org.aftersales.warranty.sanbao;

/** Who pays for parts (材料费), labour (工时费) and travel or transport (上门/运输费). */
public record Costs(Payer parts, Payer labour, Payer travel) {

    /** Everything at the seller's cost. */
    public static final Costs FREE = new Costs(Payer.SELLER, Payer.SELLER, Payer.SELLER);
    /** Everything at the customer's cost. */
    public static final Costs CUSTOMER_PAYS = new Costs(Payer.CUSTOMER, Payer.CUSTOMER, Payer.CUSTOMER);

    /** The customer's total burden over the three items; lower is more favourable. */
    public int burden() {
        return parts.burden() + labour.burden() + travel.burden();
    }

    String zh() {
        return "材料费" + parts.zh() + "、工时费" + labour.zh() + "、上门/运输费" + travel.zh();
    }

    String en() {
        return "parts: " + parts.en() + ", labour: " + labour.en() + ", travel: " + travel.en();
    }
}
