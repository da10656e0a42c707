/** .txt and .md: bytes → text by the text decoder (UTF-8, UTF-16, GB18030), markdown marks stripped. */
import { DecodeTextError, decodeText } from '../decode-text'
import { ImportError } from './errors'
import { stripMarkdown } from './markdown'

export function plainText(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    const decoded = decodeText(bytes)
    return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: decoded.encoding }
  } catch (error) {
    if (error instanceof DecodeTextError) throw new ImportError('binary', error.message)
    throw error
  }
}

export function markdownText(bytes: Uint8Array): { text: string; encoding: string } {
  const { text, encoding } = plainText(bytes)
  return { text: stripMarkdown(text), encoding }
}
