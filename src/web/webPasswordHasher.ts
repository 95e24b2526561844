/**
 * Excel's sheet password hash over Web Crypto: the PasswordHasher of src/file/sheetProtection.ts
 * for the file mode in a browser, as nodePasswordHasher.ts is for the command line. Same bytes,
 * same result: H(salt ‖ UTF-16LE password), then `spinCount` rounds of H(previous ‖ round number
 * as 4 bytes little-endian), base64 (ECMA-376 §18.3.1.85 sheetProtection).
 *
 * 100 000 rounds of `crypto.subtle.digest` take a second or two in a browser. Each digest
 * resolves in a later task, and every few thousand rounds the hasher also gives the page a
 * timer turn, so the pane keeps painting its progress ("Đang khóa…") meanwhile.
 *
 * `crypto.subtle` exists only in a secure context (https, or http://127.0.0.1 / localhost as
 * `npm run web` serves it). Without it a password cannot be hashed: NoWebCryptoError, which the
 * file port turns into a sentence. Random salts need only `crypto.getRandomValues`, which every
 * context has.
 */
import type { PasswordHasher } from '../file/sheetProtection';

/** The page has no `crypto.subtle` (served over plain http from another machine). */
export class NoWebCryptoError extends Error {
  constructor() {
    super('Web Crypto (crypto.subtle) is not available on this page');
    this.name = 'NoWebCryptoError';
  }
}

/** The part of the Web Crypto API the hasher uses (globalThis.crypto in browsers and Node 20). */
export interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };
}

/** How many rounds between two timer turns given to the page. */
const ROUNDS_PER_TURN = 4096;

/** "SHA-512" / "SHA512" / "sha-512" (as files write it) → "SHA-512" (as Web Crypto names it). */
export function webAlgorithm(name: string): string {
  const m = /^sha-?(1|256|384|512)$/i.exec(name.trim());
  if (!m) throw new Error(`hash algorithm "${name}" is not supported`);
  return `SHA-${m[1]}`;
}

/** The password's UTF-16 code units, little-endian, as Excel hashes them. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i] = unit & 0xff;
    out[2 * i + 1] = unit >>> 8;
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createWebPasswordHasher(crypto: WebCrypto | undefined = globalThis.crypto as WebCrypto | undefined): PasswordHasher {
  return {
    salt() {
      if (!crypto) throw new NoWebCryptoError();
      return toBase64(crypto.getRandomValues(new Uint8Array(16)));
    },
    async hash(password, algorithm, salt, spinCount) {
      const subtle = crypto?.subtle;
      if (!subtle) throw new NoWebCryptoError();
      const alg = webAlgorithm(algorithm);
      const saltBytes = fromBase64(salt);
      const pw = utf16le(password);
      const first = new Uint8Array(saltBytes.length + pw.length);
      first.set(saltBytes, 0);
      first.set(pw, saltBytes.length);
      let key = new Uint8Array(await subtle.digest(alg, first));
      // One buffer for every round: digest() copies its input before it returns.
      const block = new Uint8Array(key.length + 4);
      const round = new DataView(block.buffer, key.length, 4);
      for (let i = 0; i < spinCount; i++) {
        block.set(key, 0);
        round.setUint32(0, i, true);
        key = new Uint8Array(await subtle.digest(alg, block));
        if ((i + 1) % ROUNDS_PER_TURN === 0) await turn();
      }
      return toBase64(key);
    },
  };
}

/** The page's own hasher, over globalThis.crypto. */
export const webPasswordHasher: PasswordHasher = createWebPasswordHasher();
