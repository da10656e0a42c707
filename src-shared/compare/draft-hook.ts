/** What the one-click draft (briefing/draft.ts) asks of the comparison: the slides, when last year's report is given. */
import type { Slide } from '../schemas/briefing'
import type { ReportContent } from '../schemas/report'
import type { SlideFactoryOptions } from '../briefing/from-report'
import { compareReports } from './compare'
import { completionSlides } from './slides'

export function previousYearSlides(report: ReportContent, previous: ReportContent | undefined, opts: Pick<SlideFactoryOptions, 'newId'>): Slide[] {
  return previous ? completionSlides(compareReports(previous, report), opts) : []
}
