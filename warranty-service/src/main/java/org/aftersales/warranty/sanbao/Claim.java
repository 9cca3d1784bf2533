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
        Optional<Boolean> sameModelInStock) {

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

    public LocalDate claimDate() {
        return LocalDate.ofInstant(claimedAt, CHINA_TIME);
    }
}
