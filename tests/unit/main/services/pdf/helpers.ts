import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { draftBriefing } from '../../../../../src-shared/briefing/draft'
import type { BriefingContent } from '../../../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../../../src-shared/schemas/report'
import { importReportFile } from '../../../../../src-main/services/import'

export const root = fileURLToPath(new URL('../../../../../', import.meta.url))
export const samplePath = `${root}resources/sample/yulin-2024-government-work-report.txt`

let cached: { report: ReportContent; briefing: BriefingContent } | null = null
/** The sample report and the briefing drafted from it, with a classification marking. */
export async function sampleBriefing(): Promise<{ report: ReportContent; briefing: BriefingContent }> {
  if (!cached) {
    const report = await importReportFile(readFileSync(samplePath), 'yulin-2024.txt')
    const briefing = { ...draftBriefing(report), classification: '内部资料 注意保存' }
    cached = { report, briefing }
  }
  return structuredClone(cached)
}

export function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`)
  return r.stdout
}

export const pdfText = (file: string, page?: number) => run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-'])
export const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1])

/** Bookmarks as poppler reads them (pdftohtml -xml): titles with their nesting depth. */
export function pdfOutline(file: string): { title: string; depth: number }[] {
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', file])
  const start = xml.indexOf('<outline>')
  if (start < 0) return []
  const out: { title: string; depth: number }[] = []
  let depth = 0
  for (const m of xml.slice(start).matchAll(/<(\/?)outline>|<item[^>]*>([^<]*)<\/item>/g)) {
    if (m[2] !== undefined) out.push({ title: m[2].replace(/&amp;/g, '&'), depth })
    else if (m[1] === '/') depth--
    else depth++
  }
  return out
}
