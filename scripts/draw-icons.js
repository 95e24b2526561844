#!/usr/bin/env node
'use strict';
/**
 * Renders assets/icon.svg to the PNG icons the manifest and the ribbon use:
 * assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png and icon-128.png.
 *
 * The PNGs are committed, so building the add-in never needs this script (nor a renderer). Run it
 * after changing icon.svg:  node scripts/draw-icons.js
 *
 * Renderer: rsvg-convert (Debian package librsvg2-bin), installed on the spot when we are root on
 * Debian. It draws the SVG's whole-unit grid crisply at every integer multiple of 16 px.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ensureDebianPackages } = require('../test/setup/ensure-system-packages');

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'assets', 'icon.svg');
/** 16, 32 and 80 are the ribbon sizes; 32 and 64 the add-in list icons; 128 the store listing. */
const SIZES = [16, 32, 64, 80, 128];

/** Width and height from a PNG's IHDR chunk (bytes 16..23). */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function iconPath(size, dir = path.join(ROOT, 'assets')) {
  return path.join(dir, `icon-${size}.png`);
}

/** Renders the SVG at every size into `outDir`; returns the files written. */
function drawIcons(outDir = path.join(ROOT, 'assets'), source = SOURCE) {
  const ready = ensureDebianPackages([{ command: 'rsvg-convert', package: 'librsvg2-bin' }]);
  if (ready.missing.length > 0) throw new Error(ready.message);
  fs.mkdirSync(outDir, { recursive: true });
  return SIZES.map((size) => {
    const file = iconPath(size, outDir);
    const result = spawnSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png', '--output', file, source], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`rsvg-convert failed for ${size} px: ${result.stderr || result.error}`);
    const { width, height } = pngSize(fs.readFileSync(file));
    if (width !== size || height !== size) throw new Error(`${file} is ${width}×${height}, expected ${size}×${size}`);
    return file;
  });
}

module.exports = { SIZES, pngSize, drawIcons, iconPath };

if (require.main === module) {
  for (const file of drawIcons()) {
    console.log(`${path.relative(ROOT, file)}  ${fs.statSync(file).size} bytes`);
  }
}
