/**
 * PDF bookmarks: one per slide, nested under the agenda's parts. A slide belongs to the agenda item of the
 * top-level report section its sources point into (found in the report when it is at hand, else from the
 * hierarchical section id “s2-3” → part 2); slides without sources stay in the part before them. The cover,
 * the agenda and the closing slide sit at the top level.
 */
import type { BriefingContent, Slide } from '../../../src-shared/schemas/briefing'
import type { ReportContent, Section } from '../../../src-shared/schemas/report'
import type { OutlineEntry } from './draw-slide'

const TOP_LEVEL_LAYOUTS = new Set(['cover', 'agenda', 'closing'])

function subtreeHas(section: Section, id: string): boolean {
  return section.id === id || section.children.some((c) => subtreeHas(c, id))
}

const norm = (s: string) => s.replace(/[\s，。、；：！？,.;:!?“”"'（）()]/g, '')

/** Which agenda item (index) a slide belongs to, or null. */
function partOf(slide: Slide, items: readonly string[], reports: ReadonlyMap<string, ReportContent>): number | null {
  const sectionIds: { reportId: string; sectionId: string }[] = []
  for (const src of slide.sources) {
    if (src.sectionId) sectionIds.push({ reportId: src.reportId, sectionId: src.sectionId })
    const report = reports.get(src.reportId)
    if (report && src.metricIds) {
      for (const id of src.metricIds) {
        const m = report.metrics.find((x) => x.id === id)
        if (m?.sectionId) sectionIds.push({ reportId: src.reportId, sectionId: m.sectionId })
      }
    }
  }
  for (const { reportId, sectionId } of sectionIds) {
    const report = reports.get(reportId)
    if (report) {
      const top = report.sections.findIndex((s) => subtreeHas(s, sectionId))
      const topSection = report.sections[top]
      if (topSection) {
        const byTitle = items.findIndex((it) => norm(it) === norm(topSection.title))
        if (byTitle >= 0) return byTitle
        if (top < items.length) return top
      }
      continue
    }
    const m = /^s(\d+)(?:-|$)/.exec(sectionId)
    if (m) {
      const k = Number(m[1]) - 1
      if (k >= 0 && k < items.length) return k
    }
  }
  const byTitle = items.findIndex((it) => norm(it) !== '' && norm(it) === norm(slide.title))
  return byTitle >= 0 ? byTitle : null
}

export function slideBookmarkText(slide: Slide, index: number): string {
  return slide.title.trim() !== '' ? slide.title.trim() : `第 ${index + 1} 张幻灯片`
}

/**
 * Bookmarks of the exported slides (indexes into the deck, in order): for each, the entries to anchor on
 * it — a part's heading on the first slide of that part, then the slide's own bookmark.
 */
export function planOutline(briefing: BriefingContent, indexes: readonly number[], reports: readonly ReportContent[] = []): OutlineEntry[][] {
  const byId = new Map(reports.map((r) => [r.id, r]))
  const agenda = briefing.slides.find((s) => s.layout === 'agenda')
  const items = agenda?.layout === 'agenda' ? agenda.items : []
  const agendaAt = agenda ? briefing.slides.indexOf(agenda) : -1
  const opened = new Set<number>()
  let current: number | null = null
  return indexes.map((i) => {
    const slide = briefing.slides[i]!
    const own: OutlineEntry = { id: `slide-${i}`, text: slideBookmarkText(slide, i) }
    // Before the agenda, and the cover, agenda and closing themselves: the top level.
    if (items.length === 0 || TOP_LEVEL_LAYOUTS.has(slide.layout) || i < agendaAt) {
      if (slide.layout === 'closing') current = null
      return [own]
    }
    const part = partOf(slide, items, byId) ?? current
    current = part
    if (part === null) return [own]
    const parentId = `part-${part}`
    const entries: OutlineEntry[] = []
    if (!opened.has(part)) {
      opened.add(part)
      entries.push({ id: parentId, text: items[part] ?? `第 ${part + 1} 部分` })
    }
    entries.push({ ...own, parentId })
    return entries
  })
}
