/**
 * Reading a report's text for slides: finding sections, and turning leads and sentences into bullets.
 */
import type { Section } from '../schemas/report'

/** The maximum number of bullets a section slide takes from a section. */
export const MAX_BULLETS = 6
/** A bullet longer than this is cut with an ellipsis. */
export const MAX_BULLET_CHARS = 60

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

/** A bullet from a lead or sentence: whitespace trimmed, the final stop dropped, long text cut. */
export function toBullet(text: string): string {
  let b = text.replace(/\s+/g, ' ').trim().replace(/[。；;，,、：:！!]+$/u, '').trim()
  const chars = [...b]
  if (chars.length > MAX_BULLET_CHARS) b = `${chars.slice(0, MAX_BULLET_CHARS - 1).join('')}…`
  return b
}

/** The sentences of a paragraph, each with its stop. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。！？!?；;]+[。！？!?；;]?/gu)?.map((x) => x.trim()).filter((x) => x !== '') ?? []
}

/**
 * What a slide says of a sentence: its opening clause when that clause says something on its own
 * (“华友锂电一期全部投产，总投资846亿元二期项目…” → “华友锂电一期全部投产”), else the sentence.
 */
export function headlineOf(sentence: string): string {
  const clause = /^[^，,：:]+/u.exec(sentence.trim())?.[0] ?? ''
  return [...clause].length >= 6 ? clause : sentence
}

/**
 * Bullets from a section's own paragraphs: each paragraph's lead, else the headline of its first
 * sentence; when that gives fewer than three (reports often write a part as one long paragraph), the
 * headlines of the following sentences too. No repeats, at most six.
 */
export function paragraphBullets(section: Section): string[] {
  const bullets: string[] = []
  const add = (text: string) => {
    const b = toBullet(text)
    // A sentence that only restates the section title is no bullet.
    if (b && b !== section.title && !bullets.includes(b) && bullets.length < MAX_BULLETS) bullets.push(b)
  }
  for (const p of section.paragraphs) add(p.lead?.trim() ? p.lead : headlineOf(firstSentence(p.text)))
  if (bullets.length < 3) {
    for (const p of section.paragraphs) {
      const rest = p.lead?.trim() ? p.text.slice(p.text.indexOf(p.lead) + p.lead.length) : p.text
      for (const sentence of sentencesOf(rest)) add(headlineOf(sentence))
    }
  }
  return bullets
}

