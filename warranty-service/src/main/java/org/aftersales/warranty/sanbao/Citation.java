package org.aftersales.warranty.sanbao;

/** Where a rule or number comes from, e.g. {@code 部分商品三包规定第9条} / {@code 1995 rule Art 9}. */
public record Citation(String zh, String en, Source source) {
}
