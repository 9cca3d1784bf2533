package org.aftersales.warranty.commitment;

import java.time.Period;
import java.util.List;
import org.aftersales.warranty.sanbao.ProductTerms;
import org.aftersales.warranty.sanbao.StartEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 质保条款: how long repair is free, for what, and what is excluded.
 *
 * @param startsAt         the event the periods run from: acceptance (001, 002, 003), delivery, invoice (statutory 三包)
 * @param period           the whole unit's period: 1 year (002), 3 years (001)
 * @param components       components with a period of their own, names unique: key components 5 years (001)
 * @param covers           what is free within the warranty: parts, labour, travel (001: 包括住宿费、差旅费)
 * @param softwareUpgrades free software upgrades are included (002, 003)
 * @param replacedPartsRewarranted a replaced part gets a fresh full period from its replacement date (一包, seed 001)
 * @param unrepairableReplaced a device that cannot be repaired is replaced free (001, 003: 如无法修复我公司免费更换)
 * @param exclusions       causes of damage the warranty does not cover (000, 004)
 */
public record WarrantyTerms(
        StartEvent startsAt,
        Period period,
        List<ComponentPeriod> components,
        CoveredCosts covers,
        boolean softwareUpgrades,
        boolean replacedPartsRewarranted,
        boolean unrepairableReplaced,
        List<Exclusion> exclusions) {

    /** A component with its own period, e.g. 关键部件 key components, 5 years (seed 001). */
    public record ComponentPeriod(String component, Period period) {

        /** The key claims name the component by, e.g. {@code key-components} ({@link ProductTerms#keyOf}). */
        public String id() {
            return ProductTerms.keyOf(component);
        }
    }

    /** What the warranty pays for. */
    public record CoveredCosts(
            @Schema(description = "Parts are free") boolean parts,
            @Schema(description = "Labour is free") boolean labour,
            @Schema(description = "Travel is free (001: 包括住宿费、差旅费)") boolean travel) {
    }

    /** Causes of damage the warranty does not cover (seeds 000 part 3, 004). */
    public enum Exclusion {
        /** 疏忽及不当使用, 未按说明书要求使用. */
        MISUSE,
        /** 经由非授权人员修改、变动或拆动. */
        UNAUTHORISED_MODIFICATION,
        /** 现场环境不符合规范. */
        ENVIRONMENT_OUT_OF_SPEC,
        /** 意外; 顾客搬运、运输、保管不当. */
        ACCIDENT,
        /** 不可抗力: 自然灾害、战争、雷击或电力故障. */
        FORCE_MAJEURE,
        /** 易耗品. */
        CONSUMABLES
    }

    /** The period of a component, by name or id: its own if it has one, else the whole unit's. */
    public Period periodOf(String component) {
        return components.stream()
                .filter(c -> c.component().equals(component) || c.id().equals(component))
                .map(ComponentPeriod::period)
                .findFirst()
                .orElse(period);
    }
}
