/** A SecretBox for tests: real AES-256-GCM with a fixed key, standing in for Electron safeStorage. */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretBox } from '../../../../main/shell-env.js';

const KEY = Buffer.alloc(32, 7);

export function testSecretBox(available = true): SecretBox {
  return {
    isAvailable: () => available,
    encrypt(plain) {
      if (!available) throw new Error('encryption unavailable');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', KEY, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', KEY, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
