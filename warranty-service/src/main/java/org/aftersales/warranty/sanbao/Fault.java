package org.aftersales.warranty.sanbao;

import java.util.Set;

/**
 * The claimed fault. Repairs of the "same problem" (同一质量问题) are visits with the same {@code code}.
 *
 * @param traits classes named by the car rule's windows and counters
 */
public record Fault(String code, Set<Trait> traits) {

    public Fault {
        traits = Set.copyOf(traits);
    }

    /** Fault classes the car rule names. */
    public enum Trait {
        /** 发动机、变速器、动力蓄电池、行驶驱动电机或其主要零件的质量问题 (Arts 20, 22). */
        POWERTRAIN,
        /** 转向系统失效、制动系统失效、车身开裂、燃油泄漏或者动力蓄电池起火 (Art 23). */
        CRITICAL_FAILURE,
        /** 严重安全性能故障 (Art 24 ¶1(1)). */
        SERIOUS_SAFETY,
        /** 因质量问题不能安全行驶或者无法行驶 (Art 15). */
        CANNOT_DRIVE_SAFELY
    }
}
