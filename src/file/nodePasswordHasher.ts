/**
 * Excel's sheet password hash over Node's crypto (Node only, like nodeFiles.ts): the
 * PasswordHasher of sheetProtection.ts for the command line.
 */
import { createHash, getHashes, randomBytes } from 'crypto';
import type { PasswordHasher } from './sheetProtection';

/** "SHA-512" (as the file writes it) → "sha512" (as Node names it). */
function nodeAlgorithm(name: string): string {
  const n = name.toLowerCase().replace(/-/g, '');
  if (!getHashes().includes(n)) throw new Error(`hash algorithm "${name}" is not supported`);
  return n;
}

export const nodePasswordHasher: PasswordHasher = {
  salt: () => randomBytes(16).toString('base64'),
  async hash(password, algorithm, salt, spinCount) {
    const alg = nodeAlgorithm(algorithm);
    let key = createHash(alg).update(Buffer.from(salt, 'base64')).update(Buffer.from(password, 'utf16le')).digest();
    const round = Buffer.alloc(4);
    for (let i = 0; i < spinCount; i++) {
      round.writeUInt32LE(i, 0);
      key = createHash(alg).update(key).update(round).digest();
    }
    return key.toString('base64');
  },
};
