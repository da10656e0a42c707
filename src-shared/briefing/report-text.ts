/**
 * Reading a report's text for slides: finding sections, their first sentences and sentences (bullets.ts makes
 * bullets of them).
 */
import type { Section } from '../schemas/report'

/** Depth-first search of the section tree. */
export function findSection(sections: readonly Section[], sectionId: string): Section | undefined {
  for (const s of sections) {
    if (s.id === sectionId) return s
    const found = findSection(s.children, sectionId)
    if (found) return found
  }
  return undefined
}

/** The ids of a section and all its descendants. */
export function sectionSubtreeIds(section: Section): Set<string> {
  const ids = new Set<string>()
  const walk = (s: Section) => {
    ids.add(s.id)
    s.children.forEach(walk)
  }
  walk(section)
  return ids
}

/** The first sentence of a text, up to and including its full stop (。！？; or a line end). */
export function firstSentence(text: string): string {
  const t = text.trim()
  const m = /^[\s\S]*?[。！？!?；;]/.exec(t)
  const sentence = m ? m[0] : (t.split(/\n/)[0] ?? '')
  return sentence.trim()
}

/** The sentences of a paragraph, each with its stop. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。！？!?；;]+[。！？!?；;]?/gu)?.map((x) => x.trim()).filter((x) => x !== '') ?? []
}
