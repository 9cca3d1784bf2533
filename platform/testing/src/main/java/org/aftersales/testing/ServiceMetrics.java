package org.aftersales.testing;

import static io.restassured.RestAssured.given;

import java.util.stream.Stream;

/** The running service's Prometheus metrics, as {@code /q/metrics} exposes them to a component test. */
public final class ServiceMetrics {

    private ServiceMetrics() {
    }

    /**
     * The sample of {@code metric} (its Prometheus name, e.g. {@code aftersales_notifications_failed_total}) whose
     * labels include all of {@code labels} ({@code channel="EMAIL"}; with none, also a sample without labels); 0 for a
     * counter with no such sample yet, -1 for another metric without one.
     */
    public static double value(String metric, String... labels) {
        double found = -1;
        for (String line : given().when().get("/q/metrics").then().statusCode(200).extract().asString()
                .split("\n")) {
            if (line.startsWith(metric + "{") && Stream.of(labels).allMatch(line::contains)
                    || labels.length == 0 && line.startsWith(metric + " ")) {
                found = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return found < 0 && metric.endsWith("_total") ? 0 : found;
    }
}
