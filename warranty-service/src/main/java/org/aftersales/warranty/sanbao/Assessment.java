package org.aftersales.warranty.sanbao;

import java.util.Optional;

/**
 * The old-part assessment (旧件鉴定): quality problem or not, and why.
 *
 * @param cause the non-quality cause, with {@link Verdict#NOT_QUALITY_PROBLEM}
 */
public record Assessment(Verdict verdict, Optional<Cause> cause, String reason) {

    public static Assessment notAssessed() {
        return new Assessment(Verdict.NOT_ASSESSED, Optional.empty(), "");
    }

    public static Assessment qualityProblem(String reason) {
        return new Assessment(Verdict.QUALITY_PROBLEM, Optional.empty(), reason);
    }

    public static Assessment notQualityProblem(Cause cause, String reason) {
        return new Assessment(Verdict.NOT_QUALITY_PROBLEM, Optional.of(cause), reason);
    }

    /** A repairer's or the quality department's finding that the product works as it should (未发现故障). */
    public static Assessment noFaultFound(String reason) {
        return new Assessment(Verdict.NO_FAULT_FOUND, Optional.empty(), reason);
    }

    /**
     * The verdict; {@link #NOT_ASSESSED} is treated as a quality problem until an assessment says otherwise.
     * {@link #NO_FAULT_FOUND}: nothing to repair, so no rule needing a quality problem fires.
     */
    public enum Verdict { QUALITY_PROBLEM, NOT_QUALITY_PROBLEM, NO_FAULT_FOUND, NOT_ASSESSED }

    /** Whether the 三包 rules may treat the fault as a quality problem (质量问题). */
    public boolean qualityProblem() {
        return verdict == Verdict.QUALITY_PROBLEM || verdict == Verdict.NOT_ASSESSED;
    }

    /** Non-quality causes the exclusion lists name. */
    public enum Cause {
        MISUSE("使用、维护、保管不当", "improper use, maintenance or storage"),
        UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY("擅自改装或非三包修理者拆动", "unauthorised modification or disassembly"),
        ENVIRONMENT_OUT_OF_SPEC("使用环境不符合要求", "environment out of specification"),
        ACCIDENT("意外事故", "accident"),
        FORCE_MAJEURE("不可抗力", "force majeure"),
        CONSUMABLE("易耗品", "consumable"),
        PIRATED_SOFTWARE("使用盗版软件", "pirated software"),
        VIRUS("病毒感染", "virus infection"),
        DISCLOSED_DEFECT("购买时已书面告知的瑕疵", "defect disclosed in writing at purchase");

        private final String zh;
        private final String en;

        Cause(String zh, String en) {
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
}
