/**
 * The api carries file bytes as base64. Node's decoder skips characters it does not know, so a payload
 * damaged on the way would import as garbage: check the alphabet and the padding first.
 */
import { IMPORT_MESSAGES, ImportError } from './errors'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** Strict base64 → bytes. Throws ImportError('bad-transfer'). */
export function decodeBase64(data: string): Uint8Array {
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new ImportError('bad-transfer', IMPORT_MESSAGES.badTransfer)
  return Buffer.from(data, 'base64')
}
