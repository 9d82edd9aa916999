package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeldOutClassTest {
    @Test
    void readsTheClassTheTrainCommandWrites() {
        assertEquals(OptionalInt.of(3), HeldOutClass.fromSettings("20 epochs, batch 128, Adam lr 0.001, seed 1, class 3 held out of training"));
        assertEquals(OptionalInt.of(12), HeldOutClass.fromSettings("class 12 held out of training"));
    }

    @Test
    void nothingWhenNoClassWasHeldOut() {
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings("20 epochs, batch 128"));
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings(""));
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings(null));
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings("subclass 3 held out of training data"));
    }
}
