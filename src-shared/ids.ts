/** Ids name files on disk, so they are never paths: lower-case letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/

export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id)
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A random id with a readable prefix, e.g. `r-k3j9x2m1q8`. Uses Web Crypto, available in Node, Chromium and Electron. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(10)
  globalThis.crypto.getRandomValues(bytes)
  let tail = ''
  for (const b of bytes) tail += ALPHABET[b % ALPHABET.length]
  return `${prefix}-${tail}`
}

/** Makes an id from a prefix, e.g. `s` → `s-k3j9x2m1q8`. Inject a counter for deterministic output. */
export type IdGenerator = (prefix: string) => string

/** A deterministic id generator: `s-1`, `s-2`, … (or `<base>-s-1` with a base). */
export function counterIds(base = ''): IdGenerator {
  let n = 0
  return (prefix) => {
    n += 1
    return base ? `${base}-${prefix}-${n}` : `${prefix}-${n}`
  }
}
