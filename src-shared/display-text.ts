/**
 * Unicode's bidirectional controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
 * the marks U+200E/U+200F and U+061C). In a file name or a title they only ever serve to disguise it:
 * “报告\u202Efdp.exe” shows as “报告exe.pdf”. Chinese and English text never needs them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** A file name or title as it may be shown: no bidi controls, no other control characters, not endless. */
export function displayName(text: string, maxLength = 255): string {
  // eslint-disable-next-line no-control-regex
  const clean = withoutBidiControls(text).replace(/[\u0000-\u001F\u007F]/g, ' ')
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean
}
