#!/usr/bin/env python3
"""A small colour demo dataset: 10 classes of coloured shapes and patterns on black, as RGB PNG folders.

    python3 scripts/make-colour-shapes.py OUT_DIR [--train 250] [--test 50] [--size 28] [--seed 1]

writes OUT_DIR/train/<class>/00000.png … and OUT_DIR/test/<class>/…, the layout the app's image-folder reader
takes (`java -jar target/latent-explorer.jar train --dataset OUT_DIR …`). Only the standard library: PNGs are
written with zlib, so it runs anywhere Python 3 does, without the internet. The same seed gives the same files.
Each image varies in size, place (near the centre) and colour (a jitter around the class colour); two classes
share a blue (targets, with a red centre, and triangles), so the model has to use shape as well as colour.
"""
import argparse
import math
import os
import random
import struct
import zlib

# name, RGB colour, shape; in sorted order of the names, so the label numbers follow the list.
CLASSES = [
    ("checks", (140, 60, 200), "checks"),
    ("crosses", (230, 210, 40), "cross"),
    ("diamonds", (240, 140, 30), "diamond"),
    ("discs", (40, 200, 60), "disc"),
    ("frames", (225, 225, 225), "frame"),
    ("rings", (210, 50, 200), "ring"),
    ("squares", (220, 40, 40), "square"),
    ("stripes", (40, 200, 210), "stripes"),
    ("targets", (40, 60, 220), "target"),
    ("triangles", (50, 80, 230), "triangle"),
]


def inside(shape, dx, dy, r):
    """Whether the point (dx, dy) from the centre is ink for a shape of half-size r; returns 0, 1 or 2 (second colour)."""
    ax, ay = abs(dx), abs(dy)
    if shape == "square":
        return ax <= r and ay <= r
    if shape == "disc":
        return dx * dx + dy * dy <= r * r
    if shape == "triangle":
        return -r <= dy <= r and ax <= (dy + r) / 2
    if shape == "cross":
        return (ax <= r and ay <= r / 3) or (ay <= r and ax <= r / 3)
    if shape == "ring":
        d = math.hypot(dx, dy)
        return 0.55 * r <= d <= r
    if shape == "stripes":
        return ax <= r and ay <= r and int((dy + r) / (r / 2.5)) % 2 == 0
    if shape == "diamond":
        return ax + ay <= r
    if shape == "frame":
        return ax <= r and ay <= r and (ax >= 0.6 * r or ay >= 0.6 * r)
    if shape == "checks":
        return ax <= r and ay <= r and (int((dx + r) / (r / 2)) + int((dy + r) / (r / 2))) % 2 == 0
    if shape == "target":
        d = math.hypot(dx, dy)
        return 2 if d <= 0.45 * r else d <= r
    raise ValueError(shape)


def image(rng, colour, shape, size):
    """One size×size RGB image as rows of bytes."""
    r = size * rng.uniform(0.24, 0.4)
    # Near the centre, as MNIST's digits are: the classes differ in shape and colour, not in place.
    cx, cy = size / 2 + rng.uniform(-0.1, 0.1) * size, size / 2 + rng.uniform(-0.1, 0.1) * size
    ink = tuple(max(0, min(255, c + rng.randint(-35, 35))) for c in colour)
    second = tuple(max(0, min(255, c + rng.randint(-35, 35))) for c in (230, 40, 40))
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            hit = inside(shape, x + 0.5 - cx, y + 0.5 - cy, r)
            row += bytes(second if hit == 2 else ink if hit else (0, 0, 0))
        rows.append(bytes(row))
    return rows


def write_png(path, rows, size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 per row
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--train", type=int, default=250, help="training images per class (default 250)")
    p.add_argument("--test", type=int, default=50, help="test images per class (default 50)")
    p.add_argument("--size", type=int, default=28, help="image side in pixels (default 28)")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    total = 0
    for split, count in (("train", a.train), ("test", a.test)):
        for name, colour, shape in CLASSES:
            folder = os.path.join(a.out, split, name)
            os.makedirs(folder, exist_ok=True)
            for i in range(count):
                write_png(os.path.join(folder, "%05d.png" % i), image(rng, colour, shape, a.size), a.size)
                total += 1
    print("wrote %d images of %d×%d in %d classes to %s" % (total, a.size, a.size, len(CLASSES), a.out))


if __name__ == "__main__":
    main()
