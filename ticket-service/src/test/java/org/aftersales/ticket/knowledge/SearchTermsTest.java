package org.aftersales.ticket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chinese text search without a Chinese tokenizer: the terms, and which entries a query matches. */
class SearchTermsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("监护仪黑屏", Set.of("监", "护", "仪", "黑", "屏", "监护", "护仪", "仪黑", "黑屏")),
                Arguments.of("更换 PSU-220V", Set.of("更", "换", "更换", "psu", "220v")),
                Arguments.of("ＰＳＵ－２２０Ｖ", Set.of("psu", "220v")),
                Arguments.of("黑屏！！", Set.of("黑", "屏", "黑屏")),
                Arguments.of("黑，屏", Set.of("黑", "屏")),
                Arguments.of("E12故障", Set.of("e12", "故", "障", "故障")),
                Arguments.of("，。！ ...", Set.of()),
                Arguments.of("", Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void text_is_cut_into_chinese_characters_their_pairs_and_lower_cased_words(String text, Set<String> terms) {
        assertThat(SearchTerms.of(text)).containsExactlyInAnyOrderElementsOf(terms);
    }

    @Test
    void pairs_never_span_two_texts() {
        assertThat(SearchTerms.of("黑屏", "电源")).doesNotContain("屏电").contains("黑屏", "电源");
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("监护仪黑屏", "监护仪开机后黑屏", true),
                Arguments.of("黑屏", "监护仪开机后黑屏", true),
                Arguments.of("黑屏", "显示器黑屏", true),
                Arguments.of("黑屏", "电源无输出", false),
                Arguments.of("监护仪黑屏", "显示器黑屏", false),
                Arguments.of("PSU-220V", "更换电源 psu 220v", true),
                Arguments.of("psu-220v", "更换 PSU-220V-01", true),
                Arguments.of("PSU-110V", "更换 PSU-220V-01", false),
                Arguments.of("黑屏。", "黑屏", true),
                Arguments.of("监护仪，黑屏！", "监护仪黑屏", true),
                Arguments.of("电源", "电池", false));
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\": {2}")
    @MethodSource("searches")
    void a_query_finds_the_entries_with_all_its_characters_and_words(String query, String entry, boolean found) {
        assertThat(SearchTerms.of(entry).containsAll(SearchTerms.query(query).required())).isEqualTo(found);
    }

    @Test
    void the_query_phrase_ranks_a_symptom_above_one_that_only_shares_characters() {
        SearchTerms.Query query = SearchTerms.query("监护仪黑屏");

        assertThat(rank(query, "监护仪开机后黑屏")).isGreaterThan(rank(query, "屏幕黑屏"));
        assertThat(rank(query, "监护仪黑屏")).isEqualTo(query.ranking().size());
    }

    @Test
    void a_query_of_punctuation_only_has_no_terms() {
        assertThat(SearchTerms.query("，。？").isEmpty()).isTrue();
        assertThat(SearchTerms.query(null).isEmpty()).isTrue();
    }

    static long rank(SearchTerms.Query query, String symptom) {
        Set<String> terms = SearchTerms.of(symptom);
        return query.ranking().stream().filter(terms::contains).count();
    }
}
