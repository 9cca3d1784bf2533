package org.aftersales.parts.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.aftersales.parts.stock.InstalledBaseShare.InstalledDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minimum stock as a share of the installed base (seed 002: ≥ 3 %), rounded up, as a table of cases. */
class InstalledBaseShareTest {

    private static final List<String> FITS = List.of("PM-8000", "PM-9000");

    @ParameterizedTest(name = "{0} % of {1} devices -> {2}")
    @CsvSource({
            // share, installed devices, required
            "3, 0, 0",
            "3, 1, 1",
            "3, 33, 1",
            "3, 34, 2",
            "3, 100, 3",
            "3, 101, 4",
            "0, 34, 0",
            "0, 0, 0",
            "100, 34, 34",
            "100, 0, 0",
            "2.5, 40, 1",
            "2.5, 41, 2",
            "0.01, 1, 1",
    })
    void the_minimum_is_the_share_of_the_installed_devices_rounded_up(String share, long devices, int required) {
        assertThat(new InstalledBaseShare(new BigDecimal(share)).required(devices)).isEqualTo(required);
    }

    @ParameterizedTest(name = "{0} devices of {1} at {2}, location of {3} -> {4} counted")
    @CsvSource(nullValues = "VENDOR", value = {
            // devices, model, customer, location's organisation, counted
            "34, PM-8000, dealer-a/hospital-a, VENDOR, 34",
            "34, PM-9000, dealer-a/hospital-a, dealer-a, 34",
            "34, PM-8000, dealer-a/hospital-a, dealer-a/hospital-a, 34",
            "34, XR-100, dealer-a/hospital-a, VENDOR, 0",
            "34, PM-8000, dealer-b/clinic-b, dealer-a, 0",
            "34, PM-8000, dealer-a/hospital-a, dealer-a/hospital-b, 0",
            "34, PM-8000, dealer-a, dealer-a/hospital-a, 0",
    })
    void a_location_counts_the_devices_the_part_fits_within_its_organisation(int devices, String model,
            String customer, String organisation, long counted) {
        List<InstalledDevice> installed = IntStream.range(0, devices)
                .mapToObj(i -> device(model, customer, false, 1)).toList();
        assertThat(InstalledBaseShare.installed(installed, FITS, organisation)).isEqualTo(counted);
    }

    @Test
    void a_replaced_device_no_longer_counts_and_3_percent_of_34_fitting_devices_is_2() {
        List<InstalledDevice> installed = new ArrayList<>(IntStream.range(0, 34)
                .mapToObj(i -> device("PM-8000", "dealer-a/hospital-a", false, 1)).toList());
        installed.add(device("PM-8000", "dealer-a/hospital-a", true, 1));
        installed.add(device("XR-100", "dealer-a/hospital-a", false, 1));
        long counted = InstalledBaseShare.installed(installed, FITS, null);
        assertThat(counted).isEqualTo(34);
        assertThat(new InstalledBaseShare(BigDecimal.valueOf(3)).required(counted)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} registrations of {1} units, replaced {2} -> {3} units")
    @CsvSource({
            // registrations, quantity of each, replaced, units counted
            "1, 1, false, 1",
            "1, 34, false, 34",
            "3, 12, false, 36",
            "2, 50, true, 0",
            "0, 5, false, 0",
    })
    void a_registration_counts_as_its_quantity(int registrations, int quantity, boolean replaced, long units) {
        List<InstalledDevice> installed = IntStream.range(0, registrations)
                .mapToObj(i -> device("PM-8000", "dealer-a/hospital-a", replaced, quantity)).toList();
        assertThat(InstalledBaseShare.installed(installed, FITS, "dealer-a")).isEqualTo(units);
    }

    @Test
    void one_registration_of_34_units_at_3_percent_needs_2_like_34_registrations_of_one() {
        long units = InstalledBaseShare.installed(List.of(device("PM-8000", "dealer-a/hospital-a", false, 34)), FITS,
                null);
        assertThat(new InstalledBaseShare(BigDecimal.valueOf(3)).required(units)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // units at each share (percent:units, …), required: summed, then rounded up once
            "3:34           | 2",
            "3:33           | 1",
            "3:20, 5:10     | 2",
            "3:10, 5:10     | 1",
            "3:0, 10:0      | 0",
            "0:100, 3:1     | 1",
            "2.5:40, 2.5:40 | 2",
            "100:3, 0:50    | 3",
    })
    void the_contracts_shares_are_summed_over_their_units_and_rounded_up_once(String shares, int required) {
        Map<InstalledBaseShare, Long> unitsByShare = new LinkedHashMap<>();
        for (String share : shares.split(",")) {
            String[] percentAndUnits = share.strip().split(":");
            unitsByShare.merge(new InstalledBaseShare(new BigDecimal(percentAndUnits[0])),
                    Long.parseLong(percentAndUnits[1]), Long::sum);
        }
        assertThat(InstalledBaseShare.required(unitsByShare)).isEqualTo(required);
    }

    @Test
    void a_share_is_0_to_100_percent() {
        assertThatThrownBy(() -> new InstalledBaseShare(new BigDecimal("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstalledBaseShare(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InstalledDevice device(String model, String customer, boolean replaced, int quantity) {
        return new InstalledDevice("SN-" + UUID.randomUUID(), model, customer, replaced, quantity);
    }
}
