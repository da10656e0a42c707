/**
 * The hand check of precision: draws random extracted figures per labelled report and tallies a person's
 * verdicts on them. `npx tsx bench/precision-check.ts draw SEED [N]` prints N (default 30) figures per report
 * (the sample and every corpus report), each with its sentence, and says which are judged already;
 * `npx tsx bench/precision-check.ts judge SEED N FILE` records verdicts on a draw: FILE has a line `=== REPORT` for each
 * report read, followed by a line `INDEX FIELDS [NOTE]` for each wrong figure (INDEX counts from 1 in the draw's
 * order, FIELDS are comma-separated, or `ok` to clear an earlier verdict); every other figure drawn from a report
 * so named and not judged before is recorded as right;
 * `npx tsx bench/precision-check.ts tally SEED [N]` prints, per report and overall, how many of the drawn
 * figures are fully right, wrong but flagged 待核对 (caught) and wrong and unflagged (what would reach a slide).
 * `npx tsx bench/precision-check.ts flags` reads every judged figure the parser still extracts the same way (corpus and
 * held out together) and prints, per reason of doubt, how many judged-wrong and judged-right figures carry it, and how
 * many of each it alone flags (what a rule of flagging adds: wrong ones caught, right ones kept off a slide).
 * With `--held-out` anywhere on the line each command works on the held-out reports (tests/fixtures/holdout/)
 * instead of the sample and the corpus, with their own verdicts.
 *
 * Verdicts live in tests/fixtures/corpus/precision.judged.json (held out: tests/fixtures/holdout/precision.judged.json), keyed by the figure as extracted (report, quote,
 * value, unit, label, kind, qualifier, period, high): a figure the parser still extracts the same way keeps its
 * verdict, a changed one is drawn as new. A verdict is `ok` or the fields that are wrong (`label`, `period`,
 * `kind`, `qualifier`, `value`, `unit`, or `none` for a number that is no figure), with a note.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyzeReportText } from '../src-shared/report/analyze'
import { needsCheck } from '../src-shared/report/needs-check'
import type { Metric, Section } from '../src-shared/schemas/report'
import { heldOutReports, labelledReports, type LabelledReport } from './corpus-score'

export const WRONG_FIELDS = ['label', 'period', 'kind', 'qualifier', 'value', 'unit', 'none'] as const
export type WrongField = (typeof WRONG_FIELDS)[number]

export interface Verdict {
  key: string
  wrong: WrongField[]
  note?: string
}

/** Which reports a check draws from, and where its verdicts live. */
export interface ReportSet {
  reports: () => LabelledReport[]
  judgedPath: string
}

export const CORPUS_SET: ReportSet = {
  reports: labelledReports,
  judgedPath: fileURLToPath(new URL('../tests/fixtures/corpus/precision.judged.json', import.meta.url)),
}

export const HELD_OUT_SET: ReportSet = {
  reports: heldOutReports,
  judgedPath: fileURLToPath(new URL('../tests/fixtures/holdout/precision.judged.json', import.meta.url)),
}

export function readVerdicts(judgedPath = CORPUS_SET.judgedPath): Map<string, Verdict> {
  try {
    const list = JSON.parse(readFileSync(judgedPath, 'utf8')) as Verdict[]
    return new Map(list.map((v) => [v.key, v]))
  } catch {
    return new Map()
  }
}

export function writeVerdicts(verdicts: Map<string, Verdict>, judgedPath = CORPUS_SET.judgedPath): void {
  const list = [...verdicts.values()].sort((a, b) => a.key.localeCompare(b.key))
  writeFileSync(judgedPath, `${JSON.stringify(list, null, 1)}\n`)
}

/** A figure's identity for its verdict: everything the check judges. */
export function figureKey(report: string, m: Metric): string {
  return [report, m.quote, `${m.value}${m.unit}`, m.label, m.kind, m.qualifier ?? '-', m.period ?? '-', m.high ?? '-'].join(' | ')
}

/** mulberry32: a small seeded generator, so a draw can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash(s: string): number {
  let h = 2166136261
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619)
  return h >>> 0
}

export interface Drawn {
  report: string
  text: string
  figures: Metric[]
  /** Each section's heading path (`一、2023年工作回顾 › （二）…`), by id. */
  headings: Map<string, string>
}

function headingPaths(sections: readonly Section[], parent = '', out = new Map<string, string>()): Map<string, string> {
  for (const s of sections) {
    const path = `${parent}${parent ? ' › ' : ''}${s.number}${s.title}`.slice(0, 120)
    out.set(s.id, path)
    headingPaths(s.children, path, out)
  }
  return out
}

/** N figures drawn at random (without replacement) from each report's extraction, in text order. */
export function draw(seed: number, n: number, set: ReportSet = CORPUS_SET): Drawn[] {
  return set.reports().map((r) => {
    const analysis = analyzeReportText(r.text)
    const metrics = analysis.metrics
    const next = random(seed ^ hash(r.name))
    const pool = [...metrics]
    const picked: Metric[] = []
    while (picked.length < n && pool.length > 0) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as Metric)
    const headings = headingPaths([...analysis.sections, ...analysis.annexes])
    return { report: r.name, text: r.text, figures: picked.sort((a, b) => a.start - b.start), headings }
  })
}

function sentenceAround(text: string, m: Metric): string {
  let a = m.start
  while (a > 0 && a > m.start - 160 && !'。；\n'.includes(text[a - 1] as string)) a--
  let b = m.end
  while (b < text.length && b < m.end + 80 && !'。；\n'.includes(text[b] as string)) b++
  return `${text.slice(a, m.start)}【${text.slice(m.start, m.end)}】${text.slice(m.end, b + 1)}`
}

function describe(m: Metric): string {
  const range = m.high !== null ? `—${m.high}` : ''
  const extras = [m.written ? `written ${m.written}` : '', m.average ? 'average' : '', m.indicator ? `indicator ${m.indicator}` : ''].filter(Boolean)
  const flag = needsCheck(m) ? `  待核对(${m.confidence.reasons.join(',')})` : ''
  return `${m.label} = ${m.value}${range}${m.unit} · ${m.kind} · q ${m.qualifier ?? '-'} · ${m.period ?? '-'}${extras.length ? ` · ${extras.join(' · ')}` : ''}${flag}`
}

export interface Tally {
  report: string
  drawn: number
  right: number
  caught: number
  unflagged: number
  unjudged: number
  errors: Map<WrongField, number>
}

export function tally(seed: number, n: number, verdicts: Map<string, Verdict>, set: ReportSet = CORPUS_SET): Tally[] {
  return draw(seed, n, set).map((d) => {
    const t: Tally = { report: d.report, drawn: d.figures.length, right: 0, caught: 0, unflagged: 0, unjudged: 0, errors: new Map() }
    for (const m of d.figures) {
      const v = verdicts.get(figureKey(d.report, m))
      if (!v) t.unjudged++
      else if (v.wrong.length === 0) t.right++
      else {
        if (needsCheck(m)) t.caught++
        else t.unflagged++
        for (const w of v.wrong) t.errors.set(w, (t.errors.get(w) ?? 0) + 1)
      }
    }
    return t
  })
}

function printTally(rows: Tally[]): void {
  const total: Tally = { report: 'overall', drawn: 0, right: 0, caught: 0, unflagged: 0, unjudged: 0, errors: new Map() }
  const corpus: Tally = { ...total, report: 'without the sample', errors: new Map() }
  for (const t of rows) {
    for (const sum of t.report.includes('sample') ? [total] : [total, corpus]) {
      sum.drawn += t.drawn
      sum.right += t.right
      sum.caught += t.caught
      sum.unflagged += t.unflagged
      sum.unjudged += t.unjudged
      for (const [w, c] of t.errors) sum.errors.set(w, (sum.errors.get(w) ?? 0) + c)
    }
  }
  for (const t of [...rows, corpus, total]) {
    const errors = [...t.errors].map(([w, c]) => `${w} ${c}`).join(', ')
    const judged = t.drawn - t.unjudged
    console.log(
      `${t.report.padEnd(28)} drawn ${String(t.drawn).padStart(3)}  right ${String(t.right).padStart(3)} (${judged ? ((t.right / judged) * 100).toFixed(1) : '-'}%)  wrong: caught ${t.caught}, unflagged ${t.unflagged}${t.unjudged ? `  unjudged ${t.unjudged}` : ''}${errors ? `  [${errors}]` : ''}`,
    )
  }
}

/** Records the verdicts a person wrote on a draw (see the header for the format). */
function judge(drawn: Drawn[], input: string, verdicts: Map<string, Verdict>): void {
  let current: Drawn | undefined
  const wrong = new Map<Drawn, Map<number, Omit<Verdict, 'key'>>>()
  for (const line of input.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const head = /^===\s*(.+)$/.exec(line)
    if (head) {
      current = drawn.find((d) => d.report === head[1]?.trim())
      if (!current) throw new Error(`no report ${head[1]} in the draw`)
      wrong.set(current, new Map())
      continue
    }
    const m = /^(\d+)\s+([a-z,]+)\s*(.*)$/.exec(line)
    if (!m || !current) throw new Error(`cannot read: ${line}`)
    const fields = m[2] === 'ok' ? [] : ((m[2] as string).split(',') as WrongField[])
    for (const f of fields) if (!WRONG_FIELDS.includes(f)) throw new Error(`unknown field ${f} in: ${line}`)
    wrong.get(current)?.set(Number(m[1]) - 1, { wrong: fields, ...(m[3] ? { note: m[3] } : {}) })
  }
  for (const [d, marks] of wrong) {
    d.figures.forEach((m, k) => {
      const key = figureKey(d.report, m)
      const mark = marks.get(k)
      // A figure judged before keeps its verdict unless this file names it.
      if (mark) verdicts.set(key, { key, ...mark })
      else if (!verdicts.has(key)) verdicts.set(key, { key, wrong: [] })
    })
  }
}

export interface ReasonCount {
  reason: string
  wrong: number
  right: number
  wrongAlone: number
  rightAlone: number
}

/** Per reason of doubt, the judged figures it flags, over every judged figure still extracted the same way. */
export function flagCounts(sets: readonly ReportSet[] = [CORPUS_SET, HELD_OUT_SET]): { judged: number; wrong: number; flaggedWrong: number; flaggedRight: number; reasons: ReasonCount[] } {
  const byReason = new Map<string, ReasonCount>()
  let judged = 0
  let wrong = 0
  let flaggedWrong = 0
  let flaggedRight = 0
  for (const set of sets) {
    const verdicts = readVerdicts(set.judgedPath)
    for (const r of set.reports()) {
      for (const m of analyzeReportText(r.text).metrics) {
        const v = verdicts.get(figureKey(r.name, m))
        if (!v) continue
        judged++
        const bad = v.wrong.length > 0
        if (bad) wrong++
        if (needsCheck(m)) bad ? flaggedWrong++ : flaggedRight++
        for (const reason of m.confidence.reasons) {
          const c = byReason.get(reason) ?? { reason, wrong: 0, right: 0, wrongAlone: 0, rightAlone: 0 }
          const alone = m.confidence.reasons.length === 1
          if (bad) {
            c.wrong++
            if (alone) c.wrongAlone++
          } else {
            c.right++
            if (alone) c.rightAlone++
          }
          byReason.set(reason, c)
        }
      }
    }
  }
  return { judged, wrong, flaggedWrong, flaggedRight, reasons: [...byReason.values()].sort((a, b) => a.reason.localeCompare(b.reason)) }
}

function printFlagCounts(): void {
  const f = flagCounts()
  console.log(`judged figures still extracted the same way: ${f.judged}; wrong ${f.wrong}, of them flagged ${f.flaggedWrong}; right but flagged ${f.flaggedRight}`)
  for (const c of f.reasons) {
    console.log(`${c.reason.padEnd(24)} flags wrong ${String(c.wrong).padStart(3)} (alone ${String(c.wrongAlone).padStart(3)})  right ${String(c.right).padStart(3)} (alone ${String(c.rightAlone).padStart(3)})`)
  }
}

function main(): void {
  if (process.argv[2] === 'flags') {
    printFlagCounts()
    return
  }
  const set = process.argv.includes('--held-out') ? HELD_OUT_SET : CORPUS_SET
  const [command, seedArg, nArg, fileArg] = process.argv.slice(2).filter((a) => a !== '--held-out')
  const seed = Number(seedArg)
  const n = nArg ? Number(nArg) : 30
  if ((command !== 'draw' && command !== 'tally' && command !== 'judge') || !Number.isInteger(seed)) {
    console.log('usage: tsx bench/precision-check.ts draw|tally SEED [N] | judge SEED N FILE  [--held-out]')
    process.exit(2)
  }
  const verdicts = readVerdicts(set.judgedPath)
  if (command === 'judge') {
    judge(draw(seed, n, set), readFileSync(fileArg as string, 'utf8'), verdicts)
    writeVerdicts(verdicts, set.judgedPath)
    printTally(tally(seed, n, verdicts, set))
    return
  }
  if (command === 'tally') {
    printTally(tally(seed, n, verdicts, set))
    return
  }
  for (const d of draw(seed, n, set)) {
    console.log(`\n=== ${d.report}`)
    for (const [k, m] of d.figures.entries()) {
      const v = verdicts.get(figureKey(d.report, m))
      const mark = v ? (v.wrong.length ? `WRONG ${v.wrong.join(',')}${v.note ? ` (${v.note})` : ''}` : 'ok') : 'NEW'
      const heading = m.sectionId ? (d.headings.get(m.sectionId) ?? '') : '(before the first heading)'
      console.log(`#${k + 1} [${mark}] ${describe(m)}\n    § ${heading}\n    ${sentenceAround(d.text, m).replace(/\n/g, ' ')}`)
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
