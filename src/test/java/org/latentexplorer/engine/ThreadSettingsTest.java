package org.latentexplorer.engine;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ThreadSettingsTest {
    @Test
    void twoCoresGetOneOpenMpThreadAndTwoEngineWorkers() {
        assertEquals(Map.of(ThreadSettings.OMP_THREADS, "1", ThreadSettings.ENGINE_WORKERS, "2"),
                ThreadSettings.choose(name -> null, 2));
    }

    @Test
    void largerMachinesGiveOperatorsHalfTheRemainingCores() {
        assertEquals("3", ThreadSettings.choose(name -> null, 8).get(ThreadSettings.OMP_THREADS));
        assertEquals("1", ThreadSettings.choose(name -> null, 1).get(ThreadSettings.OMP_THREADS));
    }

    @Test
    void valuesTheUserSetAreKept() {
        Map<String, String> chosen = ThreadSettings.choose(name -> name.equals(ThreadSettings.OMP_THREADS) ? "2" : null, 2);
        assertEquals(Map.of(ThreadSettings.ENGINE_WORKERS, "2"), chosen);
    }

    @Test
    void appliedSettingsAreInTheProcessEnvironmentForNativeCode() {
        ThreadSettings.apply();
        for (String name : new String[] {ThreadSettings.OMP_THREADS, ThreadSettings.ENGINE_WORKERS}) {
            String value = ThreadSettings.current(name);
            assertNotNull(value, name);
            String fromStart = System.getenv(name);
            if (fromStart != null) assertEquals(fromStart, value, "a value set before start-up is kept");
        }
    }
}
