package org.latentexplorer.data;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a dataset's decoded content (image size, the channel count when above 1, then per split the count,
 * pixels and labels), so the same data is recognised whatever file it is in and a changed file is noticed. Class
 * names are not part of it. Gray data hashes as it did before colour, so recorded fingerprints still match.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(ImageDataset data) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        sha.update(ByteBuffer.allocate(8).putInt(data.height()).putInt(data.width()).array());
        if (data.channels() > 1) sha.update(ByteBuffer.allocate(4).putInt(data.channels()).array());
        for (ImageSet set : new ImageSet[] {data.train(), data.test()}) {
            sha.update(ByteBuffer.allocate(4).putInt(set.count()).array());
            sha.update(set.pixels());
            ByteBuffer labels = ByteBuffer.allocate(4 * set.count());
            for (int l : set.labels()) labels.putInt(l);
            sha.update(labels.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
