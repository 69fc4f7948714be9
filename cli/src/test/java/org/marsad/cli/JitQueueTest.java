package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitQueueTest {
    @Test
    void theQueuedMethodsAreCountedButNotTheCurrentCompiles() {
        String report = """
                Current compiles:\s
                C2 CompilerThread0  1125       4       java.util.concurrent.ConcurrentHashMap::get (162 bytes)

                C1 compile queue:
                Empty

                C2 compile queue:
                1126       4       jdk.internal.module.SystemModuleFinders$SystemImage::reader (4 bytes)
                1158       4       java.lang.String::coder (15 bytes)

                """;
        assertEquals(2, JitQueue.queued(report));
        assertEquals(0, JitQueue.queued("Current compiles:\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n"));
        assertEquals(-1, JitQueue.queued("no such command"), "a report without queues is not read as empty");
    }

    @Test
    void thisJvmsQueuesAreReadAndAWaitEndsWithThemEmpty() {
        String report = JitQueue.report();
        assertTrue(report != null && JitQueue.queued(report) >= 0, String.valueOf(report));
        JitQueue.Wait w = JitQueue.awaitEmpty();
        assertTrue(w.empty() || w.seconds() >= JitQueue.MAX_WAIT_S, w.toString());
    }
}
