package org.latentexplorer.fuzz;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

/** Runs the fuzz properties' cases on the old code, counting defects instead of stopping at the first. */
class BeforeTally {
    interface Case { void run() throws Throwable; }

    static void tally(String property, Case c) {
        try {
            c.run();
        } catch (Throwable t) {
            String what = t instanceof AssertionError ? "defect (" + firstWords(t.getMessage()) + ")" : "defect (" + t.getClass().getSimpleName() + ")";
            Outcomes.count(property, what);
        }
    }

    static String firstWords(String m) {
        if (m == null) return "?";
        String s = m.split("[:=]")[0];
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    @Test
    void tallyTheOldCode() throws Exception {
        int n = Integer.getInteger("before.tries", 500);
        BundleFuzzTest.saveOne();
        InputFuzzTest.prepare();
        BundleFuzzTest b = new BundleFuzzTest();
        InputFuzzTest in = new InputFuzzTest();
        Random r = new Random(20261201);
        for (int i = 0; i < n; i++) {
            Outcomes.Mutation m = new Outcomes.Mutation(r.nextInt(10), r.nextLong());
            tally("bundle", () -> b.aMutatedBundleIsRefusedWithItsNameOrLoadsIntoAWorkingNetwork(m));
        }
        for (int i = 0; i < n; i++) {
            Outcomes.Mutation m = new Outcomes.Mutation(r.nextInt(6), r.nextLong());
            tally("idx", () -> in.aMutatedIdxFileIsRefusedWithItsNameOrReadAsItsHeaderSays(m));
            Outcomes.Mutation d = new Outcomes.Mutation(r.nextInt(6), r.nextLong());
            tally("dataset", () -> in.aDatasetFolderWithABadClassesFileIsRefusedWithItsNameOrLoads(d));
        }
        List<List<String>> cli = in.invocations().sampleStream().limit(n).toList();
        for (List<String> args : cli) tally("cli", () -> in.aBadInvocationPrintsOneLineAndAHintNeverATrace(args));
        System.out.print("BEFORE\n" + Outcomes.report());
    }
}
