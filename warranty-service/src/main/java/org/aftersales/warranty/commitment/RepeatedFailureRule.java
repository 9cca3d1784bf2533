package org.aftersales.warranty.commitment;

/**
 * 重复故障: the same device with the same quality problem, repaired this many times in a row within the
 * warranty and still not working normally, is replaced by a new unit of the same brand and model.
 *
 * @param repairs the number of consecutive repairs: 2 (seed 002), 3 (seed 000)
 */
public record RepeatedFailureRule(int repairs) {
}
