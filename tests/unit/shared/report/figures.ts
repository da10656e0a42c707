import { analyzeReportText } from '../../../../src-shared/report/analyze'
import type { Metric } from '../../../../src-shared/schemas/report'

/** A city report of 2025 (review of 2024) around the given body lines: year and sections are known. */
export function cityReport(...body: string[]): string {
  return ['2025年某某市政府工作报告', '——2025年1月10日在某某市第十届人民代表大会第四次会议上', '一、2024年工作回顾', ...body].join('\n')
}

export type Figure = Pick<Metric, 'label' | 'value' | 'unit' | 'kind' | 'qualifier' | 'period'> &
  Partial<Pick<Metric, 'high' | 'written' | 'average' | 'quote'>>

/** The figures of a review paragraph (period 2024), in order. */
export function figures(...body: string[]): Metric[] {
  return analyzeReportText(cityReport(...body)).metrics
}

/** label, value and unit of each figure: the shortest useful view. */
export function lvu(...body: string[]): [string, number, string][] {
  return figures(...body).map((m) => [m.label, m.value, m.unit])
}

/** label, value and period of each figure of a plan part (二、2025年工作安排) of a report of 2025. */
export function planFigures(...body: string[]): [string, number, string | null][] {
  return analyzeReportText(['2025年某某市政府工作报告', '——2025年1月10日在某某市人民代表大会上', '二、2025年工作安排', ...body].join('\n')).metrics.map(
    (m) => [m.label, m.value, m.period],
  )
}

/** `label=value+unit@period/confidence` of every figure of a review of 2020 (a city report of 2021) around the body. */
export function reviewOf2020(body: string): string[] {
  const text = '某市2021年政府工作报告\n——2021年1月8日在某市第九届人民代表大会第五次会议上\n\n一、2020年工作回顾\n\n' + body + '\n'
  return analyzeReportText(text).metrics.map((m) => `${m.label}=${m.value}${m.unit}@${m.period}/${m.confidence.level}`)
}
