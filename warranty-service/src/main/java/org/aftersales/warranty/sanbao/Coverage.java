package org.aftersales.warranty.sanbao;

import java.util.Optional;
import java.util.Set;

/**
 * One period of a product: the whole unit (整机), its main parts (主要部件) or an accessory with a period of
 * its own (配件, e.g. a phone battery). A component takes the longest of the whole-unit term and the main-part
 * terms that list it; an accessory takes only its own term.
 *
 * @param sanbao     三包有效期: exchange and refund rules apply within it; empty when the number is unknown
 *                   (unverified with no value), so rules needing it do not fire
 * @param freeRepair 包修期: free repair within it; equal to {@code sanbao} except for cars
 */
public record Coverage(String id, Kind kind, Set<String> components, Optional<Term> sanbao, Optional<Term> freeRepair) {

    public enum Kind { WHOLE_UNIT, MAIN_PARTS, ACCESSORY }

    public static Coverage wholeUnit(Term term) {
        return new Coverage("whole-unit", Kind.WHOLE_UNIT, Set.of(), Optional.of(term), Optional.of(term));
    }

    public static Coverage mainParts(Set<String> components, Term term) {
        return new Coverage("main-parts", Kind.MAIN_PARTS, components, Optional.of(term), Optional.of(term));
    }

    public static Coverage accessory(String id, Set<String> components, Term term) {
        return new Coverage(id, Kind.ACCESSORY, components, Optional.of(term), Optional.of(term));
    }

    /** A coverage whose number SANBAO-RULES.md does not give: configure it with {@link Policy#withProduct}. */
    public static Coverage unknown(String id, Kind kind, Set<String> components) {
        return new Coverage(id, kind, components, Optional.empty(), Optional.empty());
    }

    boolean covers(String component) {
        return kind == Kind.WHOLE_UNIT || components.contains(component);
    }
}
