package org.aftersales.events.recall;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A recall (召回) of production batches started.
 *
 * @param recallId the recall, also the event's subject
 * @param lotNumbers the production batches (生产批号) with the defect
 * @param models the models with the defect
 * @param deadline by when every affected device is to be fixed or collected
 * @param complaintId the complaint it started from, when it did
 * @param affectedDevices how many devices of the installed base it found
 * @param affectedCustomers how many customer organisations own them
 */
public record RecallStarted(UUID recallId, List<String> lotNumbers, List<String> models, String reason, String remedy,
        Instant deadline, UUID complaintId, int affectedDevices, int affectedCustomers, String startedBy,
        Instant startedAt) {

    public RecallStarted {
        Objects.requireNonNull(recallId, "recallId");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(startedAt, "startedAt");
        lotNumbers = List.copyOf(lotNumbers == null ? List.of() : lotNumbers);
        models = List.copyOf(models == null ? List.of() : models);
    }
}
