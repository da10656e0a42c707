import type { ReportContent } from '../../src-shared/schemas/report'
import type { BriefingContent } from '../../src-shared/schemas/briefing'

/** A small, valid report content for store tests. */
export function sampleReportContent(title = '测试报告', text = '一、工作回顾\n地区生产总值增长3.3%。'): ReportContent {
  return {
    id: 'r-placeholder',
    title,
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
    theme: 'official',
    reportIds: [],
    slides: [{ id: 's1', layout: 'cover', title, subtitle: '', organization: '', date: '', notes: '', hidden: false, sources: [] }],
  }
}
