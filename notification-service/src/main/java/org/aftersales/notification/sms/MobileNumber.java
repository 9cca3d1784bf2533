package org.aftersales.notification.sms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mobile number an SMS can reach, in E.164 ({@code +8613800000001}). Phone numbers as people write them carry
 * spaces, dashes and brackets; a number without a country code is a mainland one. A mainland landline
 * ({@code +86 10 1234 5678}) is no mobile number: SMS vendors refuse it.
 */
public record MobileNumber(String e164) {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    public static Optional<MobileNumber> of(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(phone).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (MAINLAND_MOBILE.matcher(digits).matches()) {
            return Optional.of(new MobileNumber("+86" + digits));
        }
        if (digits.startsWith("+86")) {
            return MAINLAND_MOBILE.matcher(digits.substring(3)).matches()
                    ? Optional.of(new MobileNumber(digits)) : Optional.empty();
        }
        return E164.matcher(digits).matches() ? Optional.of(new MobileNumber(digits)) : Optional.empty();
    }

    public boolean mainland() {
        return e164.startsWith("+86");
    }
}
