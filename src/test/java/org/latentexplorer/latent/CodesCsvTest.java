package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodesCsvTest {
    @Test
    void oneRowPerImageWithIndexLabelCodeAndError() throws Exception {
        LatentCodes codes = new LatentCodes(new float[][] {{0.5f, -1.25f}, {3e-7f, 12345.678f}}, new int[] {7, 2},
                new float[] {0.0421f, 0.1f});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CodesCsv.write(codes, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(3, lines.length);
        assertEquals("index,label,z0,z1,error", lines[0]);
        assertEquals("0,7,0.500000,-1.25000,0.0421000", lines[1]);
        assertEquals("1,2,3.00000e-07,12345.7,0.100000", lines[2]);
    }
}
