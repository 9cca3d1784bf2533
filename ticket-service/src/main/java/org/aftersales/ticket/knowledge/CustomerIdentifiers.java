package org.aftersales.ticket.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What must never reach a knowledge-base entry (ADR 0029): a customer's phone numbers and e-mail addresses, serial
 * numbers, and the names, departments, sites and organisation known from the source ticket, the customer's other
 * tickets and the installed-base copy. {@link #strip} masks each occurrence with a placeholder saying what it was
 * ({@code [电话]}, {@code [邮箱]}, {@code [序列号]}, {@code [客户]}, {@code [现场]}); the rest of the text — models,
 * part numbers, fault codes, measurements — stays as written. Plain Java.
 */
public final class CustomerIdentifiers {

    static final String PHONE = "[电话]";
    static final String EMAIL = "[邮箱]";
    static final String SERIAL = "[序列号]";
    static final String CUSTOMER = "[客户]";
    static final String SITE = "[现场]";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{Alnum}._%+-]+@[\\p{Alnum}-]+(?:\\.[\\p{Alnum}-]+)+");
    /** Mainland mobiles (+86 optional, spaced or dashed), landlines with an area code, and other +country numbers. */
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?<![\\p{Alnum}])(?:(?:\\+|00)86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d){8}(?!\\d)"
                    + "|(?<![\\p{Alnum}])\\(?0\\d{2,3}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{4}(?!\\d)"
                    + "|(?<![\\p{Alnum}])\\+\\d{1,3}(?:[\\s-]?\\d){7,12}(?!\\d)");
    /** A number said to be a serial: S/N, SN, serial (no./number), 序列号, 机身号, 出厂编号, then the value. */
    private static final Pattern LABELLED_SERIAL = Pattern.compile(
            "(?iu)(\\bS/?N\\b|\\bserial(?:\\s*(?:no\\.?|number))?|序列号|机身号|出厂编号)(\\s*[:：#]?\\s*)"
                    + "([\\p{Alnum}][\\p{Alnum}/-]{2,})");
    /** Shorter texts are not masked as names: a single character would mask every word it is part of. */
    private static final int SHORTEST_NAME = 2;

    private final Map<String, String> literals;

    private CustomerIdentifiers(Map<String, String> literals) {
        this.literals = literals;
    }

    /** Nothing known about a customer: only phone numbers, e-mail addresses and labelled serials are masked. */
    public static CustomerIdentifiers none() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text with every customer identifier masked; null stays null. */
    public String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = EMAIL_ADDRESS.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL));
        stripped = LABELLED_SERIAL.matcher(stripped).replaceAll(match ->
                Matcher.quoteReplacement(match.group(1) + match.group(2) + SERIAL));
        for (Map.Entry<String, String> literal : literals.entrySet()) {
            stripped = Pattern.compile(Pattern.quote(literal.getKey()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(stripped).replaceAll(Matcher.quoteReplacement(literal.getValue()));
        }
        return PHONE_NUMBER.matcher(stripped).replaceAll(Matcher.quoteReplacement(PHONE));
    }

    /** The words of a text that could be serial numbers: runs of letters, digits and dashes with a digit. */
    static Set<String> serialCandidates(String... texts) {
        Set<String> candidates = new java.util.TreeSet<>();
        Pattern token = Pattern.compile("[\\p{Alnum}][\\p{Alnum}/-]{3,}");
        for (String text : texts) {
            if (text != null) {
                Matcher found = token.matcher(text);
                while (found.find()) {
                    if (found.group().chars().anyMatch(Character::isDigit)) {
                        candidates.add(found.group());
                    }
                }
            }
        }
        return candidates;
    }

    /** Collects what is known about the customer. */
    public static final class Builder {

        private final List<String[]> known = new ArrayList<>();

        public Builder serials(Collection<String> serials) {
            serials.forEach(serial -> add(serial, SERIAL));
            return this;
        }

        /** Contact names, departments and the customer organisation (its path and its last segment). */
        public Builder names(Collection<String> names) {
            names.forEach(name -> add(name, CUSTOMER));
            return this;
        }

        public Builder organisation(String organisation) {
            if (organisation != null) {
                add(organisation, CUSTOMER);
                add(organisation.substring(organisation.lastIndexOf('/') + 1), CUSTOMER);
            }
            return this;
        }

        public Builder sites(Collection<String> sites) {
            sites.forEach(site -> add(site, SITE));
            return this;
        }

        private void add(String value, String mask) {
            if (value != null && value.strip().length() >= SHORTEST_NAME) {
                known.add(new String[] {value.strip(), mask});
            }
        }

        /** Longest first, so that a site containing a name is masked whole. */
        public CustomerIdentifiers build() {
            Map<String, String> literals = known.stream()
                    .sorted(Comparator.comparingInt((String[] entry) -> entry[0].length()).reversed())
                    .collect(Collectors.toMap(entry -> entry[0].toLowerCase(Locale.ROOT), entry -> entry[1],
                            (first, second) -> first, LinkedHashMap::new));
            return new CustomerIdentifiers(literals);
        }
    }
}
