package org.aftersales.ticket.installedbase;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.testing.ServiceTestResources;
import org.junit.jupiter.api.Test;

/**
 * A device's registration and its contract's activation arrive on different topics, consumed at the same time: the
 * device must get its contract whichever commits first, also when neither sees the other's row.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class InstalledBaseRaceTest {

    static final int PAIRS = 200;
    static final String ORGANISATION = "dealer-a/customer-a";

    @Inject
    InstalledBaseCopy copy;

    @Inject
    InstalledBase installedBase;

    @Test
    void a_device_registered_while_its_contract_is_activated_always_gets_its_contract() throws Exception {
        List<String> serials = new ArrayList<>();
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < PAIRS; pair++) {
                String serial = "SN-RACE-" + UUID.randomUUID().toString().substring(0, 8);
                serials.add(serial);
                String registered = registration(serial);
                String activated = activation(serial);
                CountDownLatch start = new CountDownLatch(1);
                Future<?> device = consumers.submit(() -> {
                    start.await();
                    copy.consumeDeviceEvent(registered);
                    return null;
                });
                Future<?> contract = consumers.submit(() -> {
                    start.await();
                    copy.consumeContractEvent(activated);
                    return null;
                });
                start.countDown();
                device.get(30, TimeUnit.SECONDS);
                contract.get(30, TimeUnit.SECONDS);
            }
        } finally {
            consumers.shutdownNow();
        }

        Instant now = Instant.now();
        List<String> withoutContract = QuarkusTransaction.requiringNew().call(() -> serials.stream()
                .filter(serial -> installedBase.device(serial, ORGANISATION).isEmpty()
                        || installedBase.contractInForce(serial, ORGANISATION, now).isEmpty())
                .toList());
        assertThat(withoutContract).isEmpty();
    }

    private static String registration(String serial) {
        UUID device = UUID.randomUUID();
        Instant now = Instant.now();
        return EventCodec.encode(CloudEvent.of(DeviceEvents.REGISTERED, "/warranty-service", device.toString(), now,
                new DeviceRegistered(device, serial, "PM-8000", "迈瑞", null, 1, ORGANISATION, null, null, null, null,
                        now)));
    }

    private static String activation(String serial) {
        UUID contract = UUID.randomUUID();
        Instant now = Instant.now();
        return EventCodec.encode(CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service", contract.toString(), now,
                new ContractActivated(contract, "HT-" + serial, ORGANISATION, List.of(serial),
                        LocalDate.parse("2026-01-01"), null, "seed-002-hospital-it", 1,
                        new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN"), List.of(),
                        List.of(), List.of(), null, List.of(), now, List.of(), List.of(), null, null, null, null,
                        null)));
    }
}
