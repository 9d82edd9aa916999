package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.DefectsScorecard;
import org.latentexplorer.latent.LatentRegion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"The three-defects scorecard of a model's test codes, as one JSON line: off-centre and asymmetry "
                + "of the codes, gaps in the region one would sample from, and discontinuity of decodes between "
                + "neighbouring grid points. Definitions: docs/metrics.md."})
final class MetricsCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--dataset", description = "default: the dataset the model was trained on")
    String dataset;
    @Option(names = "--grid", defaultValue = "40", description = "cells per axis of the gap and discontinuity grids, 2..200 (default: ${DEFAULT-VALUE})")
    int grid;
    @Option(names = "--region", defaultValue = "auto",
            description = "auto (prior ball for a VAE, bounding box of the codes for an AE), prior or box (default: ${DEFAULT-VALUE})")
    String region;
    @Option(names = "--mass", defaultValue = "0.95", description = "prior mass of the prior ball (default: ${DEFAULT-VALUE})")
    double mass;
    @Option(names = "--gap-multiple", defaultValue = "1.5",
            description = "gap threshold in units of the even spacing (region volume / codes)^(1/d) (default: ${DEFAULT-VALUE})")
    double gapMultiple;

    @Override
    public Integer call() throws Exception {
        ToolInputs.checkRange("--grid", grid, 2, 200);
        if (!(mass > 0 && mass < 1)) throw new IllegalArgumentException("--mass must be between 0 and 1 (exclusive), was " + mass);
        if (!(gapMultiple > 0) || Double.isInfinite(gapMultiple)) throw new IllegalArgumentException("--gap-multiple must be > 0, was " + gapMultiple);
        if (!region.equals("auto") && !region.equals("prior") && !region.equals("box")) {
            throw new IllegalArgumentException("--region must be auto, prior or box, was " + region);
        }
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ModelHandle handle = loaded.handle();
            ImageDataset data = Inputs.datasetFor(loaded, dataset, model);
            LatentCodes codes = service.encode(handle, data.test()).join();
            if (codes.count() < 2) throw new IllegalArgumentException(data.name() + " has " + codes.count() + " test images; the scorecard needs at least 2");
            int d = codes.dimension();
            boolean prior = region.equals("prior") || region.equals("auto") && handle.spec().kind().hasPrior();
            LatentRegion r = prior ? LatentRegion.priorBall(d, mass) : LatentRegion.boundingBox(codes.codes());
            DefectsScorecard.Result s = DefectsScorecard.score(codes.codes(), r, grid, gapMultiple,
                    batch -> service.decodeMany(handle, batch).join());
            command.commandLine().getOut().println(Json.line(json(s, handle, data)));
        }
        return 0;
    }

    private Map<String, Object> json(DefectsScorecard.Result s, ModelHandle handle, ImageDataset data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model.toString());
        out.put("kind", handle.spec().kind().id());
        out.put("latent_dim", s.dimension());
        out.put("dataset", data.name());
        out.put("test_images", s.count());
        DefectsScorecard.Shape shape = s.shape();
        out.put("mean", ToolInputs.rounded(shape.mean(), 4));
        out.put("spread", Json.round(shape.spread(), 4));
        out.put("off_centre", Json.round(shape.offCentre(), 4));
        out.put("principal_std", ToolInputs.rounded(shape.principalStd(), 4));
        out.put("asymmetry", Json.round(shape.asymmetry(), 4));
        Map<String, Object> reg = new LinkedHashMap<>();
        LatentRegion r = s.region();
        reg.put("type", r.kind().id());
        reg.put("chosen", region.equals("auto") ? "auto: " + (r.kind() == LatentRegion.Kind.PRIOR_BALL ? "VAE → prior ball" : "AE → bounding box of the codes") : "--region " + region);
        if (r.kind() == LatentRegion.Kind.PRIOR_BALL) {
            reg.put("mass", r.mass());
            reg.put("radius", Json.round(r.radius(), 4));
        } else {
            reg.put("lo", ToolInputs.rounded(r.lo(), 4));
            reg.put("hi", ToolInputs.rounded(r.hi(), 4));
        }
        out.put("region", reg);
        DefectsScorecard.Gaps g = s.gaps();
        out.put("gap_fraction", Json.round(g.fraction(), 4));
        out.put("gap_threshold", Json.round(g.threshold(), 5));
        out.put("gap_threshold_rule", g.multiple() + " × even spacing (region volume / codes)^(1/d); spacing " + Json.round(g.spacing(), 5));
        out.put("gap_samples", g.samples());
        out.put("gap_sampling", g.sampling());
        DefectsScorecard.Discontinuity c = s.discontinuity();
        out.put("discontinuity_mean", Json.round(c.mean(), 5));
        out.put("discontinuity_p95", Json.round(c.p95(), 5));
        out.put("discontinuity_max", Json.round(c.max(), 5));
        out.put("discontinuity_pairs", c.pairs());
        out.put("discontinuity_plane", c.axes().length == 1 ? "z0" : "z0,z1" + (s.dimension() > 2 ? " (other axes at the region centre)" : ""));
        out.put("grid", grid);
        out.put("grid_step", ToolInputs.rounded(c.step(), 5));
        return out;
    }
}
