package org.latentexplorer.ui.sliders;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.latent.LatentAxes;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.lifecycle.FakeModelEngine;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sliders' view model over the fake engine, whose decode of a code is a picture filled with
 * 0.5 + 0.5·tanh(code[0]): so the picture tells which code was decoded.
 */
@ExtendWith(ApplicationExtension.class)
class SlidersViewModelTest {
    private final FakeModelEngine engine = new FakeModelEngine();
    private ExplorerViewModel explorer;
    private SlidersViewModel vm;

    @Start
    void start(Stage stage) {
        explorer = new ExplorerViewModel(engine);
        vm = new SlidersViewModel(explorer);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void open(String bundle) throws Exception {
        fx(() -> {
            explorer.openFile(Path.of(bundle));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> explorer.codesProperty().get() != null && vm.codeProperty().get() != null));
    }

    private double shownPixel() throws Exception {
        return fx(() -> vm.decodedProperty().get().getPixelReader().getColor(0, 0).getBrightness());
    }

    /** Waits until the picture is the decode of the code the sliders show. */
    private void awaitDecodeOfShownCode() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> vm.decodedCodeProperty().get() != null
                && Arrays.equals(vm.decodedCodeProperty().get(), vm.codeProperty().get())));
    }

    @Test
    void aSliderMoveDecodesTheCodeItShows() throws Exception {
        open("mnist-vae-3d.zip");
        assertEquals(3, fx(() -> vm.sliders().size()));
        // A VAE's sliders are in the prior's σ = 1 from 0: the slider's value is the coordinate itself.
        fx(() -> {
            vm.sliders().get(0).value().set(2.0);
            vm.sliders().get(2).value().set(-1.5);
            return null;
        });
        awaitDecodeOfShownCode();
        float[] code = fx(() -> vm.codeProperty().get());
        assertEquals(2.0, code[0], 1e-6);
        assertEquals(-1.5, code[2], 1e-6);
        assertEquals(0.5 + 0.5 * Math.tanh(2.0), shownPixel(), 0.01, "the picture is the decode of the shown code");
        fx(() -> {
            vm.sliders().get(0).value().set(-3.0);
            return null;
        });
        awaitDecodeOfShownCode();
        assertEquals(-3.0, fx(() -> vm.codeProperty().get())[0], 1e-6);
        assertEquals(0.5 + 0.5 * Math.tanh(-3.0), shownPixel(), 0.01);
    }

    @Test
    void theSlidersStartAtTheSelectedImagesCode() throws Exception {
        open("mnist-ae-3d.zip");
        fx(() -> {
            explorer.selectPoint(7);
            return null;
        });
        float[] selected = fx(() -> explorer.codesProperty().get().codes()[7]);
        assertArrayEquals(selected, fx(() -> vm.codeProperty().get()), 1e-6f);
        LatentAxes axes = LatentAxes.of(fx(() -> explorer.codesProperty().get().codes()), 3, false);
        for (int i = 0; i < 3; i++) {
            int s = i;
            assertEquals(axes.value(selected, i), fx(() -> vm.sliders().get(s).value().get()), 1e-5);
        }
        fx(() -> {
            vm.centre();
            return null;
        });
        assertArrayEquals(axes.origin(), fx(() -> vm.codeProperty().get()), 1e-6f);
    }

    @Test
    void aLargeCodeGetsPrincipalSlidersAndATraverseOfThreeSigmaEachWay() throws Exception {
        open("mnist-ae-9d.zip");
        assertEquals(LatentAxes.MAX_SHOWN, fx(() -> vm.sliders().size()));
        assertEquals("PC1", fx(() -> vm.sliders().get(0).name()));
        fx(() -> {
            vm.traverseAxisProperty().set(1);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> vm.traverse().size() == SlidersViewModel.TRAVERSE_STEPS
                && vm.traverseCodes().length == SlidersViewModel.TRAVERSE_STEPS));
        float[][] codes = fx(() -> explorer.codesProperty().get().codes());
        LatentAxes axes = LatentAxes.of(codes, 9, false);
        float[][] traverse = fx(() -> vm.traverseCodes());
        assertEquals(-3, axes.value(traverse[0], 1), 1e-4);
        assertEquals(3, axes.value(traverse[traverse.length - 1], 1), 1e-4);
        float[] shown = fx(() -> vm.codeProperty().get());
        assertEquals(axes.value(shown, 5), axes.value(traverse[0], 5), 1e-4, "the other sliders are held");
        assertTrue(fx(() -> vm.infoProperty().get()).contains("principal"));
    }

    @Test
    void hiddenSlidersDecodeNothingUntilShown() throws Exception {
        fx(() -> {
            vm.activeProperty().set(false);
            return null;
        });
        open("mnist-vae-2d.zip");
        fx(() -> {
            vm.sliders().get(0).value().set(1.0);
            return null;
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, fx(() -> vm.decodedProperty().get()), "nothing decoded while hidden");
        fx(() -> {
            vm.activeProperty().set(true);
            return null;
        });
        awaitDecodeOfShownCode();
        assertEquals(1.0, fx(() -> vm.decodedCodeProperty().get())[0], 1e-6);
        assertEquals(0.5 + 0.5 * Math.tanh(1.0), shownPixel(), 0.01);
    }
}
