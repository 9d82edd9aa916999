package org.latentexplorer.ui.common;

/**
 * Runs an action once in a later FX pulse however often it is asked for meanwhile. A tool that decodes when
 * the explorer's codes change uses it so that the explorer's release of the old model, asked for in the
 * same pulse, reaches the engine first, and a burst of slider moves costs one request.
 */
public final class NextPulse {
    private final Runnable action;
    private boolean scheduled;

    public NextPulse(Runnable action) {
        this.action = action;
    }

    /** Call on the FX thread. */
    public void request() {
        if (scheduled) return;
        scheduled = true;
        UiTasks.fx(() -> {
            scheduled = false;
            action.run();
        });
    }
}
