package dev.switchboard.runtime.durable;

import dev.switchboard.runtime.Databases;
import dev.switchboard.runtime.StubWorld;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.run.Limits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A worker process for the durability test: {@code java -cp <test classpath> WorkerMain <jdbc-url> <stub-port> <dir> <id>}.
 * It executes runs until it is killed.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[2]);
        FlowRuntime runtime = new FlowRuntime(Databases.fromUrl(args[0]), StubWorld.runner(Integer.parseInt(args[1]), StubWorld.blobs(dir)),
                StubWorld.connections(), StubWorld.blobs(dir), DurabilityTest.LIMITS, Clock.systemUTC(), args[3]);
        runtime.worker().start(DurabilityTest.THREADS, Duration.ofMillis(50));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join(); // until SIGKILL
    }
}
