#!/usr/bin/env python3
"""Formats the JSON lines of measure-presets.sh as docs/presets.md."""
import datetime, json, os, platform, subprocess, sys

ours = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
torch = {}
if len(sys.argv) > 2 and os.path.exists(sys.argv[2]):
    torch = {r["recipe"]: r for r in (json.loads(l) for l in open(sys.argv[2]) if l.startswith("{"))}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
cores = os.cpu_count()
print("# Presets: measured\n")
print("Every preset trained with the CLI on the bundled MNIST (8,000 training and 2,000 test images), for the")
print("recipe's own number of epochs. The four shared recipes were also trained with the PyTorch reference, on the")
print("same files and for the same epochs. Test loss uses the recipe's own loss (per image for summed BCE, per pixel")
print("for MSE or averaged BCE). Test MSE is per pixel, for the deterministic reconstruction (a VAE decodes its mean).\n")
print(f"Machine: {cpu}, {cores} cores. Date: {datetime.date.today()}. Seconds count training only (no evaluation).\n")
print("| preset | test loss | test MSE | epochs | seconds | images/s | PyTorch test loss | PyTorch images/s | loss vs PyTorch |")
print("|---|---|---|---|---|---|---|---|---|")
for r in ours:
    name = r.get("preset", "?")
    t = torch.get(name)
    tl = f"{t['test_loss']:.4f}" if t else ""
    ts = f"{t['samples_per_second']:.0f}" if t else ""
    diff = f"{100 * (r['test_loss'] - t['test_loss']) / t['test_loss']:+.1f}%" if t else ""
    print(f"| `{name}` | {r['test_loss']:.4f} | {r['test_mse']:.4f} | {r['epochs']} | {r['seconds']:.1f} | "
          f"{r['samples_per_second']:.0f} | {tl} | {ts} | {diff} |")
print("\nCommand: `bash scripts/measure-presets.sh` (it runs `java -jar target/latent-explorer.jar train --preset NAME`")
print("for each preset, and `/usr/bin/python3 ../shared/reference/torch_reference.py --data assets/datasets/mnist --recipe NAME")
print("--epochs E` for the shared recipes).")
print("\nThe recipes themselves, with what each one teaches: `java -jar target/latent-explorer.jar presets --explain`.")
