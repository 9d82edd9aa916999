package org.latentexplorer.ui.explorer;

/**
 * Who has armed the wall for a mode of its own (Paths' "pick A and B"). One claim at a time: a new claim, a
 * change of model, or another panel taking the side ends the current one, whose owner then disarms, so no
 * mode stays armed where the user cannot see it.
 */
public final class WallClaims {
    private Runnable onLost;
    private Object owner;

    /** {@code owner} arms the wall; {@code onLost} disarms it when the claim ends. */
    public void claim(Object owner, Runnable onLost) {
        if (owner == this.owner) {
            this.onLost = onLost;
            return;
        }
        endAll();
        this.owner = owner;
        this.onLost = onLost;
    }

    /** The owner disarmed by itself. */
    public void release(Object owner) {
        if (owner == this.owner) {
            this.owner = null;
            this.onLost = null;
        }
    }

    /** Ends the current claim, if any (the panel closed, the model changed). */
    public void endAll() {
        Runnable lost = onLost;
        owner = null;
        onLost = null;
        if (lost != null) lost.run();
    }

    public boolean isClaimed() {
        return owner != null;
    }
}
