import type { ReportContent } from '../../src-shared/schemas/report'
import { BRIEFING_SCHEMA, BRIEFING_VERSION, DEFAULT_CHROME, type BriefingContent, type BriefingDoc, type Slide } from '../../src-shared/schemas/briefing'

/** A small, valid report content for store tests. */
export function sampleReportContent(title = '测试报告', text = '一、工作回顾\n地区生产总值增长3.3%。'): ReportContent {
  return {
    id: 'r-placeholder',
    title,
    year: null,
    place: null,
    source: { fileName: 'test.txt', format: 'txt', encoding: 'UTF-8', sha256: '0'.repeat(64), importedAt: '2024-01-01T00:00:00.000Z' },
    text,
    sections: [],
    metrics: [],
  }
}

export function sampleBriefingContent(title = '测试汇报'): BriefingContent {
  return {
    id: 'b-placeholder',
    title,
    subtitle: '',
    meeting: '',
    date: '',
    organization: '',
    classification: '',
    theme: 'red',
    aspect: '16:9',
    chrome: { ...DEFAULT_CHROME },
    reportIds: [],
    slides: [{ id: 's1', layout: 'cover', title, subtitle: '', organization: '', date: '', notes: '', hidden: false, sources: [] }],
  }
}

/** A stored briefing (envelope included) holding `slides`. */
export function briefingDoc(slides: Slide[], revision = 1): BriefingDoc {
  return {
    ...sampleBriefingContent('汇报'),
    schema: BRIEFING_SCHEMA,
    version: BRIEFING_VERSION,
    id: 'b-1',
    revision,
    updatedAt: '2024-01-01T00:00:00.000Z',
    slides,
  }
}
