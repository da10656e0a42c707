import type { Section } from '../schemas/report'
import { normalizeForAnalysis } from './normalize'

/**
 * Which year a figure describes. Cues, strongest last:
 *   the report year (speaker line “——2024年2月29日…”, else the title “2024年政府工作报告”, else headings);
 *   section titles (“2023年工作回顾” → "2023", “2024年工作安排” → "2024 target", “过去五年工作回顾” → "2019-2023");
 *   the sentence itself (“今年…预期目标”, “去年…”, “2022年，…”).
 */

const REVIEW_WORDS = /回顾|成绩|过去|以来|进展|完成情况|执行情况|主要工作/
const PLAN_WORDS = /安排|任务|目标|计划|建议|要求|展望|打算|思路|部署|重点工作/

function yearsIn(s: string): number[] {
  const out: number[] = []
  const re = /(\d{4})年/g
  let m: RegExpExecArray | null
  while ((m = re.exec(s)) !== null) {
    const y = Number(m[1])
    if (y >= 1949 && y <= 2100) out.push(y)
  }
  return out
}

export function reportYearOf(title: string, speakerLine: string | null, flat: Section[]): number | null {
  if (speakerLine) {
    const m = /(\d{4})年\d{1,2}月/.exec(normalizeForAnalysis(speakerLine))
    if (m) return Number(m[1])
  }
  const ty = yearsIn(normalizeForAnalysis(title))
  if (ty.length > 0) return ty[0] as number
  for (const s of flat) {
    if (s.level !== 1) continue
    const t = normalizeForAnalysis(s.title)
    const ys = yearsIn(t)
    if (ys.length === 0) continue
    const y = ys[0] as number
    if (REVIEW_WORDS.test(t)) return y + 1
    if (PLAN_WORDS.test(t)) return y
  }
  return null
}

/** The period a section title announces, or undefined when it says nothing about time. */
export function titlePeriod(rawTitle: string, level: number, year: number | null): string | undefined {
  const t = normalizeForAnalysis(rawTitle)
  const review = REVIEW_WORDS.test(t)
  const plan = PLAN_WORDS.test(t)
  if (/过去五年|五年来|五年工作|近五年/.test(t)) {
    return year !== null ? `${year - 5}-${year - 1}` : undefined
  }
  const ys = yearsIn(t)
  if (ys.length > 0) {
    const y = ys[0] as number
    if (/以来/.test(t) && year !== null && y < year - 1) return `${y}-${year - 1}`
    if (review && !plan) return String(y)
    if (plan && !review) return `${y} target`
    if (year !== null) return y < year ? String(y) : `${y} target`
    return String(y)
  }
  if (year === null) return undefined
  if (/今年|明年/.test(t)) return `${year} target`
  if (/过去一年|去年/.test(t)) return String(year - 1)
  if (level === 1) {
    if (review && !plan) return String(year - 1)
    if (plan && !review) return `${year} target`
  }
  return undefined
}

/** Period of every section: its own cue, else its parent's, else (top level) the previous top section's. */
export function sectionPeriods(roots: Section[], year: number | null): Map<string, string | null> {
  const out = new Map<string, string | null>()
  let previousRoot: string | null = null
  const walk = (s: Section, inherited: string | null): void => {
    const own = titlePeriod(s.title, s.level, year)
    const p = own !== undefined ? own : inherited
    out.set(s.id, p)
    for (const c of s.children) walk(c, p)
  }
  for (const r of roots) {
    walk(r, previousRoot)
    previousRoot = out.get(r.id) ?? previousRoot
  }
  return out
}

const CLAUSE_START = new Set([',', ';', ':', '。', '!', '?', '\n', '、', ' '])

/**
 * A cue in the text just before a metric: scans at most `window` characters back, never past a line break.
 * Returns undefined when there is none.
 */
export function sentencePeriod(
  norm: string,
  at: number,
  year: number | null,
  window = 400,
): string | undefined {
  const lineFloor = Math.max(0, at - window)
  let lineStart = lineFloor
  for (let k = at - 1; k >= lineFloor; k--) {
    if (norm[k] === '\n') {
      lineStart = k + 1
      break
    }
  }
  // A year at the head of a sentence governs it up to the full stop, across its semicolons:
  // “2022年，生产总值…增长3.1%；一般公共预算收入…” — so the floor is the last 。！？, not the last ；.
  let stop = -1
  for (let k = at - 1; k >= Math.max(lineStart, at - 200); k--) {
    const ch = norm[k]
    if (ch === '。' || ch === '!' || ch === '?' || ch === '！' || ch === '？') {
      stop = k
      break
    }
  }
  const sFloor = Math.max(lineStart, stop + 1, at - 200)
  const sentence = norm.slice(sFloor, at)
  let best: { pos: number; period: string } | null = null
  const consider = (pos: number, period: string): void => {
    if (!best || pos >= best.pos) best = { pos, period }
  }
  const atClauseStart = (pos: number): boolean => {
    if (pos === 0) return sFloor === stop + 1 || sFloor === lineStart
    const p = sentence[pos - 1] as string
    if (CLAUSE_START.has(p)) return true
    if ((p === '到' || p === '至' || p === '在') && (pos === 1 || CLAUSE_START.has(sentence[pos - 2] as string))) return true
    return false
  }
  const re = /(\d{4})年(以来)?|今年|去年|过去五年|五年来/g
  let m: RegExpExecArray | null
  while ((m = re.exec(sentence)) !== null) {
    if (!atClauseStart(m.index)) continue
    const w = m[0]
    if (m[1] !== undefined) {
      const y = Number(m[1])
      if (y < 1949 || y > 2100) continue
      if (m[2] && year !== null && y < year - 1) consider(m.index, `${y}-${year - 1}`)
      else if (year !== null && y >= year) consider(m.index, `${y} target`)
      else consider(m.index, String(y))
    } else if (year === null) continue
    else if (w === '今年') consider(m.index, `${year} target`)
    else if (w === '去年') consider(m.index, String(year - 1))
    else consider(m.index, `${year - 5}-${year - 1}`)
  }
  const line = norm.slice(lineStart, at)
  const goal = Math.max(line.lastIndexOf('预期目标'), line.lastIndexOf('主要目标'))
  if (goal >= 0 && year !== null) {
    const goalPos = lineStart + goal - sFloor
    consider(goalPos < 0 ? -1 : goalPos, `${year} target`)
  }
  const found = best as { pos: number; period: string } | null
  return found ? found.period : undefined
}
