package io.github.kargo4j.validation;

import io.github.kargo4j.validation.render.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Check#prepare()} and {@link PipelineValidator#prepareInBackground()}: each check is prepared once, before its
 * first run and never during it, on a thread of its own when the validator has more than one, and the report is the
 * same whether the checks were readied ahead or not.
 */
class PreparationTest {

    private static final String PIPELINE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Warehouse
            metadata: {name: app, namespace: demo}
            spec:
              subscriptions:
                - image: {repoURL: ghcr.io/example/app, bogus: 1}
            ---
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata: {name: dev, namespace: demo}
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: app}
                  sources: {direct: true}
              promotionTemplate:
                spec:
                  steps:
                    - uses: git-clone
                      config:
                        repoURL: ${{ vars.repo }}
                        checkout: [{branch: main, path: ./src}]
                        unknownKey: true
                    - uses: argocd-update
                      config:
                        apps: [{name: '${{ ctx.stage + upper(1) }}'}]
            """;

    /** Records, in order, what the validator asked of it and on which thread. */
    private static final class Recording implements Check {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger preparing = new AtomicInteger();
        volatile boolean ranWhilePreparing;
        volatile Thread preparedOn;
        final CountDownLatch release;

        Recording(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public void prepare() {
            preparing.incrementAndGet();
            preparedOn = Thread.currentThread();
            calls.add("prepare");
            try {
                // held until the test lets go, so that a run that did not wait for it would be seen
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            preparing.decrementAndGet();
        }

        @Override
        public void run(ValidationContext context) {
            if (preparing.get() != 0) {
                ranWhilePreparing = true;
            }
            calls.add("run");
        }
    }

    @Test
    void aCheckIsPreparedOnceOnAThreadOfItsOwnAndRunsOnlyAfter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.yaml"), PIPELINE);
        CountDownLatch release = new CountDownLatch(1);
        Recording check = new Recording(release);
        PipelineValidator validator = PipelineValidator.builder().threads(2).addCheck(check).build();
        assertSame(validator, validator.prepareInBackground());
        validator.prepareInBackground();   // a second start does nothing
        Thread letGo = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        letGo.start();
        validator.validate(dir);
        validator.validate(dir);
        letGo.join();
        assertEquals(List.of("prepare", "run", "run"), check.calls);
        assertEquals(false, check.ranWhilePreparing);
        assertEquals("kargo4j-prepare", check.preparedOn.getName());
        assertNotEquals(Thread.currentThread(), check.preparedOn);
    }

    @Test
    void onOneThreadTheFirstValidationPreparesOnItsOwnThread() {
        CountDownLatch release = new CountDownLatch(0);
        Recording check = new Recording(release);
        PipelineValidator validator = PipelineValidator.builder().threads(1).addCheck(check).build();
        validator.prepareInBackground();
        assertEquals(List.of(), check.calls, "one thread: nothing is started in the background");
        validator.validateText(PIPELINE, "p.yaml");
        assertEquals(List.of("prepare", "run"), check.calls);
        assertSame(Thread.currentThread(), check.preparedOn);
    }

    @Test
    void aPreparationThatFailsIsDroppedAndTheCheckStillRuns() {
        AtomicInteger runs = new AtomicInteger();
        Check failing = new Check() {
            @Override
            public List<Rule> rules() {
                return List.of();
            }

            @Override
            public void prepare() {
                throw new IllegalStateException("cannot prepare");
            }

            @Override
            public void run(ValidationContext context) {
                runs.incrementAndGet();
            }
        };
        Report r = PipelineValidator.builder().threads(2).addCheck(failing).build().prepareInBackground()
                .validateText(PIPELINE, "p.yaml");
        assertEquals(1, runs.get());
        assertTrue(r.withCodes("KR002").findings().isEmpty(), r.toString());
    }

    @Test
    void anErrorThatIsNotTheChecksOwnReachesTheValidation() {
        Check starved = new Check() {
            @Override
            public List<Rule> rules() {
                return List.of();
            }

            @Override
            public void prepare() {
                throw new OutOfMemoryError("simulated");
            }

            @Override
            public void run(ValidationContext context) {
            }
        };
        PipelineValidator validator = PipelineValidator.builder().threads(2).addCheck(starved).build()
                .prepareInBackground();
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> validator.validateText(PIPELINE, "p.yaml"));
        assertEquals("simulated", e.getMessage());
    }

    @Test
    void theReportIsTheSameWhetherTheChecksWereReadiedAheadOrNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), PIPELINE);
        String ahead = JsonRenderer.create().render(
                PipelineValidator.builder().threads(2).build().prepareInBackground().validate(dir));
        String onOneThread = JsonRenderer.create().render(PipelineValidator.builder().threads(1).build()
                .validate(dir));
        String fromRead = JsonRenderer.create().render(PipelineValidator.builder().threads(2).build()
                .validate(io.github.kargo4j.model.io.KargoCodec.create().readAll(List.of(dir))));
        assertEquals(onOneThread, ahead);
        assertEquals(onOneThread, fromRead);
        assertTrue(onOneThread.contains("KU003") && onOneThread.contains("KU002"), onOneThread);
    }
}
