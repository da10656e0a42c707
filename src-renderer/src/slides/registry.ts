import type { Component } from 'vue'
import type { SlideLayout } from '@shared/schemas/briefing'
import CoverSlide from './layouts/CoverSlide.vue'
import AgendaSlide from './layouts/AgendaSlide.vue'
import SectionSlide from './layouts/SectionSlide.vue'
import KpiSlide from './layouts/KpiSlide.vue'
import ChartSlide from './layouts/ChartSlide.vue'
import TableSlide from './layouts/TableSlide.vue'
import QuoteSlide from './layouts/QuoteSlide.vue'
import ClosingSlide from './layouts/ClosingSlide.vue'

/**
 * The one map from a slide layout to the component that draws it. The editor canvas, the thumbnails,
 * the show and the presenter view all draw slides through `SlideView`, which reads this map.
 * Each component takes `LayoutProps` (slide, context, meta) and emits `patch` in the editor.
 */
export const SLIDE_LAYOUT_COMPONENTS: { readonly [L in SlideLayout]: Component } = {
  cover: CoverSlide,
  agenda: AgendaSlide,
  section: SectionSlide,
  kpi: KpiSlide,
  chart: ChartSlide,
  table: TableSlide,
  quote: QuoteSlide,
  closing: ClosingSlide,
}

export function layoutComponent(layout: SlideLayout): Component {
  return SLIDE_LAYOUT_COMPONENTS[layout]
}
