/**
 * Last year's report for a report being drafted: the one its comparison names (a person chose or confirmed it),
 * else the report of the same place for the year before in the workspace. Null when there is none, or when the
 * one named is gone or damaged (the draft then goes without 目标完成情况).
 */
import { neighbourReport } from '../../src-shared/compare/pair-check'
import type { ReportDoc } from '../../src-shared/schemas/report'
import type { WorkspaceStore } from './workspace-store'

async function readOrNull(store: WorkspaceStore, id: string): Promise<ReportDoc | null> {
  try {
    return (await store.read('report', id)).doc
  } catch {
    return null
  }
}

export async function previousReportOf(store: WorkspaceStore, report: ReportDoc): Promise<ReportDoc | null> {
  const linked = report.comparison?.previousReportId
  if (linked !== undefined) return linked === report.id ? null : readOrNull(store, linked)
  const found = neighbourReport(report, (await store.list()).reports, -1)
  return found ? readOrNull(store, found.id) : null
}
