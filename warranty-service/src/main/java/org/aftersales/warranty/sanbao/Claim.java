package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The facts of one claim (三包/保修申请). Document dates are {@link LocalDate}s, as the documents carry them;
 * repair times are {@link Instant}s because the car rule counts hours; both meet in China Standard Time.
 *
 * @param product           the product key of a {@link ProductTerms} row, e.g. {@code colour-tv}, {@code household-car}
 * @param component         the failed component, {@link #WHOLE_UNIT} or a main-part/accessory key ({@code picture-tube}, {@code battery})
 * @param price             the invoice price, yuan
 * @param usageCoefficient  cars: 使用补偿系数 n printed on the 三包凭证, e.g. 0.005
 * @param odometerKm        distance used at the claim (行驶里程); 0 where it does not apply
 * @param repairs           earlier repair visits of this device, in any order
 * @param replacements      earlier exchanges of the whole unit or replacements of parts
 * @param sameModelInStock  the seller has the same model and specification for an exchange (同型号同规格); empty:
 *                          not stated, taken as in stock
 * @param circumstances     the further facts particular regulations ask about
 */
public record Claim(
        String product,
        String component,
        BigDecimal price,
        Optional<BigDecimal> usageCoefficient,
        Purchase purchase,
        Dates dates,
        Instant claimedAt,
        long odometerKm,
        Fault fault,
        List<RepairVisit> repairs,
        List<Replacement> replacements,
        Assessment assessment,
        Optional<Boolean> sameModelInStock,
        Circumstances circumstances) {

    public static final String WHOLE_UNIT = "whole-unit";
    /** The product of a device whose category is not recorded: no specific regulation's table lists it. */
    public static final String UNCATEGORISED = "uncategorised";
    /** 北京时间, the zone in which instants become dates. */
    public static final ZoneOffset CHINA_TIME = ZoneOffset.ofHours(8);

    public Claim {
        repairs = List.copyOf(repairs);
        replacements = List.copyOf(replacements);
    }

    /**
     * The document dates.
     *
     * @param delivery   交付/收货: the date the customer received the product
     * @param acceptance 安装调试验收完成: the date installation, commissioning and acceptance were finished
     */
    public record Dates(LocalDate invoice, Optional<LocalDate> delivery, Optional<LocalDate> acceptance) {
    }

    /**
     * The facts only some rules ask about.
     *
     * @param accessory                    the claimed component is an accessory: how it was sold (phone M9)
     * @param largeItem                    大件产品: the repairer bears transport (1995 R10)
     * @param evidence                     the documents the customer can show (lost-invoice tiers)
     * @param manufactureDate              出厂日期 (a phone's from its IMEI), with {@link Evidence#MANUFACTURE_DATE}
     * @param agreedExchangeDate           the date seller and consumer agreed for an exchange the seller cannot make now (M10)
     * @param notLowerConfigurationInStock cars: without the same brand and model, the seller has a car of a configuration
     *                                     not lower than the original (V12); empty: not stated, taken as none
     * @param remoteConsultationFailed     cars that cannot be driven safely: the free remote consultation did not help (V3)
     * @param fees                         cars: fees the seller compensates with a replacement or refund (V13)
     */
    public record Circumstances(Optional<Accessory> accessory, boolean largeItem, Evidence evidence,
                                Optional<LocalDate> manufactureDate, Optional<LocalDate> agreedExchangeDate,
                                Optional<Boolean> notLowerConfigurationInStock, boolean remoteConsultationFailed, Fees fees) {

        /** Nothing particular: invoice and 三包凭证 at hand, no fees. */
        public static final Circumstances NONE = new Circumstances(Optional.empty(), false, Evidence.INVOICE_AND_VOUCHER,
                Optional.empty(), Optional.empty(), Optional.empty(), false, Fees.NONE);
    }

    /**
     * An accessory (配件) claimed on its own.
     *
     * @param soldWithProduct  sold together with the product (随机配件) rather than on its own
     * @param standAlonePrice  its separate retail price at the time of the claim (单独零售价格), for one sold with the product
     */
    public record Accessory(boolean soldWithProduct, Optional<BigDecimal> standAlonePrice) {
    }

    /** What the customer can show to prove the product is in its period. */
    public enum Evidence {
        /** 发票和三包凭证. */
        INVOICE_AND_VOUCHER("发票和三包凭证", "invoice and 三包凭证"),
        /** Both lost, but other proof that the product is in its period: the invoice stub (发票底联) or a copy. */
        OTHER_PROOF("发票底联或复印件等能证明在三包有效期内的凭据", "an invoice stub, a copy or other proof of the period"),
        /** Nothing but the manufacture date the product shows (a phone's IMEI). */
        MANUFACTURE_DATE("仅有出厂日期（如手机串号）", "only the manufacture date (e.g. a phone's IMEI)"),
        /** 无三包凭证及有效发票. */
        NONE("无三包凭证及有效发票", "no 三包凭证 and no valid invoice");

        private final String zh;
        private final String en;

        Evidence(String zh, String en) {
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

    /**
     * Cars: fees the seller compensates with a replacement or refund (car rule Art 26), yuan.
     *
     * @param registration 车辆登记费用
     * @param addOns       销售者收取的扩展服务费用中的加装、装饰费用 (less depreciation)
     * @param services     销售者向消费者收取的服务费用
     */
    public record Fees(BigDecimal registration, BigDecimal addOns, BigDecimal services) {

        public static final Fees NONE = new Fees(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        boolean any() {
            return registration.signum() > 0 || addOns.signum() > 0 || services.signum() > 0;
        }
    }

    public LocalDate claimDate() {
        return LocalDate.ofInstant(claimedAt, CHINA_TIME);
    }
}
