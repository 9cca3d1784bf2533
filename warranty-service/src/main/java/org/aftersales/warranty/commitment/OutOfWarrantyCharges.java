package org.aftersales.warranty.commitment;

/**
 * 保外收费: what a repair costs after the warranty.
 *
 * @param parts         how parts are priced: at cost (000, 001, 002), at most the contract unit price (000-3)
 * @param labourCharged whether labour is charged: no (000, 001, 002), yes (000-3: 另收维护人员工本费)
 */
public record OutOfWarrantyCharges(PartsPricing parts, boolean labourCharged) {

    /** How parts are priced out of warranty. */
    public enum PartsPricing {
        /** 零配件成本费. */
        AT_COST,
        /** 不高于本合同设备单价. */
        AT_MOST_CONTRACT_UNIT_PRICE,
        /** The vendor's price list (收费标准). */
        PRICE_LIST
    }
}
