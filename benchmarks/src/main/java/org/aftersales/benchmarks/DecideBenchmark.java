package org.aftersales.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.Decision;
import org.aftersales.warranty.sanbao.Policy;
import org.aftersales.warranty.sanbao.SanbaoEngine;
import org.aftersales.warranty.sanbao.StatutoryPolicies;
import org.aftersales.warranty.sanbao.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Decisions per second of {@link SanbaoEngine#decide} over {@link ClaimMix}: the statutory policies and one contract. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class DecideBenchmark {

    private SanbaoEngine engine;
    private Claim[] claims;
    private int next;

    @Setup
    public void setUp() {
        List<Policy> policies = new ArrayList<>(StatutoryPolicies.all());
        policies.add(ClaimMix.contract());
        engine = new SanbaoEngine(policies, WorkingDayCalendar.CALENDAR_DAYS_ONLY);
        claims = ClaimMix.claims(1024, 42).toArray(Claim[]::new);
    }

    @Benchmark
    public Decision decide() {
        Claim claim = claims[next];
        next = (next + 1) & (claims.length - 1);
        return engine.decide(claim);
    }
}
