package org.aftersales.ticket.knowledge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 检索词: the search terms of knowledge-base text, made here because the database has no Chinese tokenizer.
 * Text is NFKC-normalised (full-width letters and digits become ASCII) and lower-cased, and cut at everything
 * that is neither a letter nor a digit. A run of Chinese (Han) characters gives each character and each pair of
 * neighbouring characters (bigram); any other run of letters and digits gives one word.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** The terms an entry is indexed under, over all its texts (a bigram never spans two texts). */
    public static Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Cut cut = Cut.of(text);
                terms.addAll(cut.characters);
                terms.addAll(cut.bigrams);
                terms.addAll(cut.words);
            }
        }
        return terms;
    }

    /** The terms of a search query. */
    public static Query query(String text) {
        Cut cut = Cut.of(text == null ? "" : text);
        Set<String> required = new LinkedHashSet<>(cut.characters);
        required.addAll(cut.words);
        Set<String> ranking = new LinkedHashSet<>(required);
        ranking.addAll(cut.bigrams);
        return new Query(Set.copyOf(required), Set.copyOf(ranking));
    }

    /**
     * What a query asks for. An entry matches when it has all {@code required} terms: each Chinese character and
     * each word of the query. Bigrams are not required, because Chinese writes no spaces: the query 监护仪黑屏
     * has the bigram 仪黑, which 监护仪开机后黑屏 lacks. Matches rank by how many {@code ranking} terms (characters,
     * bigrams and words) their symptom has, so that the query's phrases count.
     */
    public record Query(Set<String> required, Set<String> ranking) {

        /** Whether the query has no terms at all (blank, or punctuation only): it then matches every entry. */
        public boolean isEmpty() {
            return required.isEmpty();
        }
    }

    /** One text cut into its Chinese characters, their bigrams and its other words. */
    private static final class Cut {

        final Set<String> characters = new LinkedHashSet<>();
        final Set<String> bigrams = new LinkedHashSet<>();
        final Set<String> words = new LinkedHashSet<>();

        static Cut of(String text) {
            Cut cut = new Cut();
            String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            StringBuilder word = new StringBuilder();
            String previousHan = null;
            for (int codePoint : normal.codePoints().toArray()) {
                boolean han = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
                if (han || !Character.isLetterOrDigit(codePoint)) {
                    cut.endWord(word);
                }
                if (han) {
                    String character = Character.toString(codePoint);
                    cut.characters.add(character);
                    if (previousHan != null) {
                        cut.bigrams.add(previousHan + character);
                    }
                    previousHan = character;
                } else {
                    previousHan = null;
                    if (Character.isLetterOrDigit(codePoint)) {
                        word.appendCodePoint(codePoint);
                    }
                }
            }
            cut.endWord(word);
            return cut;
        }

        private void endWord(StringBuilder word) {
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
    }
}
