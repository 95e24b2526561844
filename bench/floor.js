'use strict';
// The floor of the file benchmark (bench/fileBench.ts): the least any reader of the package must
// do — read the file, inflate every part with Node's native zlib, and scan the XML for cells. Run
// as its own process, so that its time includes Node's start like the command line's does.
const fs = require('fs');
const zlib = require('zlib');
const b = fs.readFileSync(process.argv[2]);
let e = b.length - 22;
while (b.readUInt32LE(e) !== 0x06054b50) e--;
let at = b.readUInt32LE(e + 16);
const n = b.readUInt16LE(e + 10);
let cells = 0;
for (let i = 0; i < n; i++) {
  const method = b.readUInt16LE(at + 10);
  const size = b.readUInt32LE(at + 20);
  const off = b.readUInt32LE(at + 42);
  const start = off + 30 + b.readUInt16LE(off + 26) + b.readUInt16LE(off + 28);
  const raw = b.subarray(start, start + size);
  const xml = method === 8 ? zlib.inflateRawSync(raw) : raw;
  for (let k = xml.indexOf('<c ', 0); k >= 0; k = xml.indexOf('<c ', k + 1)) cells++;
  at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
}
process.stdout.write(String(cells) + '\n');
