/**
 * What the export commands (pdf, pptx) share: reading a briefing file of any version, the reports it draws
 * on, and the folders its pictures are found in.
 */
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { BriefingContentSchema, type BriefingContent } from '../../src-shared/schemas/briefing'
import { ReportContentSchema, type ReportContent } from '../../src-shared/schemas/report'
import { loadBriefingImages } from '../services/assets'
import { migrate } from '../services/migrations'
import { readJson, type CommandContext } from './args'

/** A briefing file of any version (what `draft` wrote, or a stored file), brought to the current schema. */
const AnyBriefingSchema = z
  .record(z.string(), z.unknown())
  .transform((raw, zctx) => {
    const parsed = BriefingContentSchema.safeParse(migrate('briefing', raw))
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) zctx.addIssue({ ...issue, code: 'custom', message: issue.message })
    return z.NEVER
  })

export function readBriefingFile(file: string): Promise<BriefingContent> {
  return readJson(file, AnyBriefingSchema, '汇报文件')
}

/**
 * The reports named with --report (what `import --json` prints, or a stored report), or undefined. Give it
 * twice for a briefing drafted with `--previous` (this year's report and last year's).
 */
export async function readReportFlag({ args }: CommandContext): Promise<ReportContent[] | undefined> {
  const files = args.repeated.get('report') ?? []
  return files.length > 0 ? Promise.all(files.map((file) => readJson(file, ReportContentSchema, '报告文件'))) : undefined
}

/** The briefing's pictures: in the workspace's assets/, or beside a stored briefing (briefings/../assets). */
export function briefingImages(briefing: BriefingContent, file: string, workspace: string | null): Promise<Record<string, Uint8Array>> {
  const here = dirname(resolve(file))
  const folders = [...(workspace ? [join(workspace, 'assets')] : []), join(here, '..', 'assets'), join(here, 'assets')]
  return loadBriefingImages(briefing, folders)
}
