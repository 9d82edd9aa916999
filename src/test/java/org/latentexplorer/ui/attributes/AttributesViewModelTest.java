package org.latentexplorer.ui.attributes;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.latent.AttributeVector;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.lifecycle.FakeModelEngine;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribute vectors over the fake engine (3 classes a, b, c; decodes fill with 0.5 + 0.5·tanh(code[0])). */
@ExtendWith(ApplicationExtension.class)
class AttributesViewModelTest {
    private final FakeModelEngine engine = new FakeModelEngine();
    private ExplorerViewModel explorer;
    private AttributesViewModel vm;

    @Start
    void start(Stage stage) {
        explorer = new ExplorerViewModel(engine);
        vm = new AttributesViewModel(explorer);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void open() throws Exception {
        fx(() -> {
            explorer.openFile(Path.of("mnist-ae-4d.zip"));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> vm.codeProperty().get() != null));
    }

    @Test
    void theVectorOfTwoIdenticalSelectionsIsZeroAndLeavesTheCodeAsItIs() throws Exception {
        open();
        fx(() -> {
            explorer.selectPoint(3);
            vm.pick(new int[] {1, 5, 8}, new int[] {8, 1, 5});
            vm.strengthProperty().set(1.7);
            return null;
        });
        assertArrayEquals(new float[4], fx(() -> vm.directionProperty().get()));
        assertArrayEquals(fx(() -> explorer.codesProperty().get().codes()[3]), fx(() -> vm.codeProperty().get()));
    }

    @Test
    void twoClassesGiveTheDifferenceOfTheirMeansAddedWithTheStrength() throws Exception {
        open();
        fx(() -> {
            vm.classAProperty().set(0);
            vm.classBProperty().set(2);
            vm.strengthProperty().set(0.5);
            return null;
        });
        float[][] codes = fx(() -> explorer.codesProperty().get().codes());
        int[] labels = fx(() -> explorer.codesProperty().get().labels());
        int[] a = AttributeVector.members(labels, 0), b = AttributeVector.members(labels, 2);
        float[] d = AttributeVector.between(codes, a, b);
        assertArrayEquals(d, fx(() -> vm.directionProperty().get()), 1e-6f);
        // Nothing selected: the vector starts at the mean code of A.
        float[] expected = AttributeVector.add(AttributeVector.mean(codes, a), d, 0.5);
        assertArrayEquals(expected, fx(() -> vm.codeProperty().get()), 1e-6f);
        assertTrue(fx(() -> vm.infoProperty().get()).contains("a \u2192 c"), fx(() -> vm.infoProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> vm.decodedProperty().get() != null
                && vm.frames().size() == AttributesViewModel.STEPS));
        // The path's last frame is the decode of the code shown.
        double last = fx(() -> vm.frames().get(AttributesViewModel.STEPS - 1).getPixelReader().getColor(0, 0).getBrightness());
        assertEquals(0.5 + 0.5 * Math.tanh(expected[0]), last, 0.01);
    }

    @Test
    void thePathExportsAsAFilmstripAndAGif() throws Exception {
        open();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> vm.frames().size() == AttributesViewModel.STEPS));
        Path dir = Files.createTempDirectory("attributes");
        Path png = fx(() -> vm.export(dir.resolve("a.png"), false)).get(10, TimeUnit.SECONDS);
        Path gif = fx(() -> vm.export(dir.resolve("a.gif"), true)).get(10, TimeUnit.SECONDS);
        java.awt.image.BufferedImage strip = javax.imageio.ImageIO.read(png.toFile());
        // Nine 4×4 frames at scale 3 with 3-pixel gaps.
        assertEquals(9 * 12 + 10 * 3, strip.getWidth());
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(2 * AttributesViewModel.STEPS - 2, reader.getNumImages(true), "forward and back");
        }
    }
}
