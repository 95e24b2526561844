/**
 * CRC-32 as zip stores it (the IEEE 802.3 polynomial, reflected, 0xEDB88320), computed over the
 * inflated bytes of a part so that a damaged file is refused instead of read wrongly. Plain
 * bytes, no Node Buffer: the same code runs in a browser's worker.
 */
const TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Running CRC: start with `crc32Update(0, …)`, feed every chunk in order. */
export function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export const crc32 = (bytes: Uint8Array): number => crc32Update(0, bytes);
