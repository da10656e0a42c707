/**
 * Names in a draft: the briefing's title, the organisation on its cover, a title short enough for its slide,
 * and a name that says which draft it is when a report is drafted again (`…（2）`).
 */
import type { ReportContent } from '../schemas/report'

/** Text with Chinese characters in it: a title a person wrote, not a file name such as `gzbg_2024`. */
const CHINESE = /\p{Script=Han}/u

/**
 * The briefing's title: the report's title when it is one (it has Chinese in it), else `2026年政府工作报告` from
 * the report's year (a report pasted or saved without its title line is named after its file).
 */
export function draftTitle(report: Pick<ReportContent, 'title' | 'year'>): string {
  const title = report.title.trim()
  if (CHINESE.test(title)) return title
  if (report.year !== null) return `${report.year}年政府工作报告`
  return title || '汇报初稿'
}

/** The body that delivers a report of a place: `甘肃省` → `甘肃省人民政府`; the whole country's → `国务院`. */
export function organizationOf(place: string | null): string {
  if (!place) return ''
  return place === '全国' ? '国务院' : `${place}人民政府`
}

/** `标题（3）` → `标题` and 3; a title without a draft number → itself and 1. */
function splitNumber(title: string): { base: string; n: number } {
  const m = /^(.*)（(\d+)）$/u.exec(title)
  return m ? { base: m[1]!, n: Number(m[2]) } : { base: title, n: 1 }
}

/**
 * A title no other item has: `title` when it is free, else `title（2）`, `title（3）`, … after the highest number
 * taken. Drafting a report again thus names the new draft by its number, never twice the same.
 */
export function uniqueTitle(title: string, taken: Iterable<string>): string {
  const wanted = title.trim()
  const names = [...taken].map((t) => t.trim())
  if (!names.includes(wanted)) return wanted
  const { base } = splitNumber(wanted)
  let highest = 1
  for (const t of names) {
    const s = splitNumber(t)
    if (s.base === base) highest = Math.max(highest, s.n)
  }
  return `${base}（${highest + 1}）`
}

/**
 * A heading that fits its slide: the heading, else its opening clause (`持续扩大对内对外开放，在…上带好头` →
 * `持续扩大对内对外开放`), else the longest run of its opening clauses that fits. Never cut inside a clause.
 */
export function fittingHeading(heading: string, fits: (text: string) => boolean): string {
  if (fits(heading)) return heading
  const clauses = heading.split(/(?<=[，,；;：:])/u)
  let best = clauses[0]!.replace(/[，,；;：:]$/u, '')
  for (let k = 2; k < clauses.length; k++) {
    const candidate = clauses.slice(0, k).join('').replace(/[，,；;：:]$/u, '')
    if (!fits(candidate)) break
    best = candidate
  }
  return best
}
