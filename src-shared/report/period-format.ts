/**
 * A figure's period as stored: `2023` (a year's result), `2024 target` (a goal for a year), `2021-2025` (a span,
 * e.g. the 十四五 achievements) or `2026-2030 target` (a five-year goal). One parser and one writer.
 */

export interface Period {
  from: number
  to: number
  target: boolean
}

const PERIOD = /^(\d{4})(?:-(\d{4}))?( target)?$/

export function parsePeriod(s: string | null | undefined): Period | null {
  if (!s) return null
  const m = PERIOD.exec(s.trim())
  if (!m) return null
  const from = Number(m[1])
  const to = m[2] ? Number(m[2]) : from
  if (to < from) return null
  return { from, to, target: m[3] !== undefined }
}

export function formatPeriod(p: Period): string {
  const years = p.from === p.to ? String(p.from) : `${p.from}-${p.to}`
  return p.target ? `${years} target` : years
}

export function period(from: number, to: number = from, target = false): string {
  return formatPeriod({ from, to, target })
}

export function isTarget(s: string | null | undefined): boolean {
  return parsePeriod(s)?.target ?? false
}

export function isSpan(s: string | null | undefined): boolean {
  const p = parsePeriod(s)
  return p !== null && p.to > p.from
}

/** The years written in s (`2023年`, `２０２４年` once normalised), from 1949 to 2100. */
export function yearsIn(s: string): number[] {
  const out: number[] = []
  const re = /(\d{4})年/g
  let m: RegExpExecArray | null
  while ((m = re.exec(s)) !== null) {
    const y = Number(m[1])
    if (y >= 1949 && y <= 2100) out.push(y)
  }
  return out
}
