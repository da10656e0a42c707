/**
 * Each committed fixture (tests/fixtures/import, made by make-fixtures.ts from plain-text reports) imports to
 * the same section tree and at least 98 % of the metrics (value, unit, label) as the plain text it was made
 * from, and its paragraphs come back as written (no page numbers or running heads inside them). The figures
 * are printed. The refusals (a scan, a password) are refused with their own message.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readPastedText, readReportFile } from '../../../../../src-main/services/import/read-report'
import type { ReportContent, Section } from '../../../../../src-shared/schemas/report'
import { refusal } from './refusal'

interface FixtureEntry {
  file: string
  source: string
  title: string
  producer: string
  bytes: number
}

interface RefusalEntry {
  file: string
  code: string
  producer: string
  bytes: number
}

const dir = new URL('../../../../fixtures/import/', import.meta.url)
const repo = new URL('../../../../../', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { reports: FixtureEntry[]; refusals: RefusalEntry[] }

function outline(sections: Section[], out: string[] = []): string[] {
  for (const s of sections) {
    out.push(`${s.level} ${s.number}${s.title}`)
    outline(s.children, out)
  }
  return out
}

function metricKeys(report: ReportContent): Map<string, number> {
  const keys = new Map<string, number>()
  for (const m of report.metrics) {
    const key = `${m.value}|${m.unit}|${m.label}`
    keys.set(key, (keys.get(key) ?? 0) + 1)
  }
  return keys
}

/** The plain-text import of the report as the fixture has it: the source text under the fixture's title. */
function sourceText(entry: FixtureEntry): string {
  const text = readFileSync(fileURLToPath(new URL(entry.source, repo)), 'utf8')
  return text.startsWith(entry.title) ? text : `${entry.title}\n${text}`
}

const paragraphs = (text: string) => text.split('\n').map((l) => l.replace(/\s/g, '')).filter(Boolean)

describe('fixtures import like the plain text they were made from', () => {
  it('are small', () => {
    const all = [...manifest.reports, ...manifest.refusals]
    const total = all.reduce((n, f) => n + f.bytes, 0)
    console.log(`${all.length} fixtures, ${(total / 1024).toFixed(0)} KB`)
    expect(total).toBeLessThan(3 * 1024 * 1024)
  })

  for (const entry of manifest.reports) {
    it(entry.file, async () => {
      const source = sourceText(entry)
      const expected = readPastedText(source)
      const report = await readReportFile(readFileSync(new URL(entry.file, dir)), entry.file)
      const want = metricKeys(expected)
      const got = metricKeys(report)
      let matched = 0
      for (const [key, n] of want) matched += Math.min(n, got.get(key) ?? 0)
      const total = expected.metrics.length
      const share = matched / total
      const sectionsWant = outline(expected.sections)
      const sectionsGot = outline(report.sections)
      const written = paragraphs(source)
      const imported = new Set(paragraphs(report.text))
      const kept = written.filter((p) => imported.has(p)).length
      console.log(
        `${entry.file.padEnd(40)} sections ${sectionsGot.length}/${sectionsWant.length}  metrics ${matched}/${total} (${(share * 100).toFixed(1)} %)  paragraphs as written ${kept}/${written.length}  [${entry.producer}]`,
      )
      expect(sectionsGot).toEqual(sectionsWant)
      expect(share).toBeGreaterThanOrEqual(0.98)
      expect(kept / written.length).toBeGreaterThanOrEqual(0.95)
      expect(report.title).toBe(entry.title)
    }, 60_000)
  }

  for (const entry of manifest.refusals) {
    it(`refuses ${entry.file}`, async () => {
      const error = await refusal(readReportFile(readFileSync(new URL(entry.file, dir)), entry.file))
      expect(error.code).toBe(entry.code)
      console.log(`${entry.file.padEnd(40)} refused: ${error.message}`)
    })
  }
})
