import { REPORT_VERSION } from '../../src-shared/schemas/report'
import { BRIEFING_VERSION, DEFAULT_CHROME } from '../../src-shared/schemas/briefing'
import { DEFAULT_THEME, isThemeId } from '../../src-shared/slides/themes'
import type { DocKind } from '../../src-shared/api'

type RawDoc = Record<string, unknown>
/** Turns a document of version N into version N + 1. */
type Migration = (doc: RawDoc) => RawDoc

/**
 * Version 0 is what Huibao wrote before the parser existed: a report held its text and title only, and a
 * briefing had no reportIds. Each step is small and pure, and steps run in a chain up to the current version.
 */
export const MIGRATIONS: Record<DocKind, Record<number, Migration>> = {
  report: {
    0: (doc) => ({
      ...doc,
      version: 1,
      sections: Array.isArray(doc.sections) ? doc.sections : [],
      metrics: Array.isArray(doc.metrics) ? doc.metrics : [],
      source: doc.source ?? {
        fileName: '',
        format: 'paste',
        encoding: 'UTF-8',
        sha256: '',
        importedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : new Date(0).toISOString(),
      },
    }),
    // Version 1 figures had no range, written form, indicator or confidence; the report had no year or place.
    // Defaults say nothing new about old figures (a re-import analyses them afresh).
    1: (doc) => ({
      ...doc,
      version: 2,
      year: null,
      place: null,
      metrics: (Array.isArray(doc.metrics) ? (doc.metrics as RawDoc[]) : []).map((m) => ({
        high: null,
        written: null,
        indicator: null,
        confidence: { level: 'high', reasons: [] },
        ...m,
      })),
    }),
    // Version 3 added the optional comparison with the previous year's report; nothing else changed.
    2: (doc) => ({ ...doc, version: 3 }),
  },
  briefing: {
    0: (doc) => ({ ...doc, version: 1, reportIds: Array.isArray(doc.reportIds) ? doc.reportIds : [] }),
    // Version 1 had one look (theme “official”), one page shape and a footer with the organisation: it opens
    // in the default theme (党政红), 16:9, with page numbers and the organisation in the footer, as before.
    1: (doc) => ({
      ...doc,
      version: 2,
      theme: isThemeId(doc.theme) ? doc.theme : DEFAULT_THEME,
      aspect: doc.aspect === '4:3' ? '4:3' : '16:9',
      chrome: { ...DEFAULT_CHROME, ...(typeof doc.chrome === 'object' && doc.chrome !== null ? doc.chrome : {}) },
    }),
    // Version 3 added a layout (目标完成情况); version-2 slides are all still valid.
    2: (doc) => ({ ...doc, version: 3 }),
  },
}

export const CURRENT_VERSION: Record<DocKind, number> = { report: REPORT_VERSION, briefing: BRIEFING_VERSION }

export function migrate(kind: DocKind, doc: RawDoc): RawDoc {
  let current = doc
  let version = typeof current.version === 'number' ? current.version : 0
  while (version < CURRENT_VERSION[kind]) {
    const step = MIGRATIONS[kind][version]
    if (!step) throw new Error(`没有从版本 ${version} 升级的方法`)
    current = step(current)
    version = current.version as number
  }
  return current
}
