/** .txt and .md: bytes → text by the text decoder (UTF-8, UTF-16, GB18030), markdown marks stripped. */
import { decodeText } from '../decode-text'
import { stripMarkdown } from './markdown'

export function plainText(bytes: Uint8Array): { text: string; encoding: string } {
  const decoded = decodeText(bytes)
  return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: decoded.encoding }
}

export function markdownText(bytes: Uint8Array): { text: string; encoding: string } {
  const { text, encoding } = plainText(bytes)
  return { text: stripMarkdown(text), encoding }
}
