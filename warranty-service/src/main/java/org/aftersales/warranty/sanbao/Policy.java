package org.aftersales.warranty.sanbao;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A policy as data: a statutory regulation or a contract's service commitment (服务承诺), with its product
 * table, its clock and its rules. The engine knows the rule kinds ({@link Rule}); a policy picks and
 * parameterises them.
 */
public record Policy(
        String id,
        String nameZh,
        String nameEn,
        Applicability applicability,
        ClockTerms clock,
        List<ProductTerms> products,
        List<Rule> rules) {

    public Policy {
        products = List.copyOf(products);
        rules = List.copyOf(rules);
    }

    /** This policy with {@code row} in place of the row with the same key (or added): how unverified rows get numbers. */
    public Policy withProduct(ProductTerms row) {
        List<ProductTerms> rows = new ArrayList<>(products.stream().filter(r -> !r.key().equals(row.key())).toList());
        rows.add(row);
        return new Policy(id, nameZh, nameEn, applicability, clock, rows, rules);
    }

    /** The row for {@code product}: its own row first, else the {@link ProductTerms#ANY_PRODUCT} row. */
    Optional<ProductTerms> product(String product) {
        ProductTerms any = null;
        for (ProductTerms row : products) {
            if (row.key().equals(product)) {
                return Optional.of(row);
            }
            if (row.key().equals(ProductTerms.ANY_PRODUCT)) {
                any = row;
            }
        }
        return Optional.ofNullable(any);
    }

    boolean namesProduct(String product) {
        return products.stream().anyMatch(r -> r.key().equals(product));
    }
}
