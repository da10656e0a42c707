/**
 * The one registry of slide layouts, typed over the layout union: a layout missing here is a compile
 * error, and so is one missing from the Vue registry of element renderers' users and the interface text.
 */
import type { SlideLayout, SlideOf } from '../../schemas/briefing'
import { agendaLayout } from './agenda'
import { chartLayout } from './chart'
import { closingLayout } from './closing'
import { coverLayout } from './cover'
import { kpiLayout } from './kpi'
import { pictureLayout } from './picture'
import { picturePairLayout } from './picture-pair'
import { quoteLayout } from './quote'
import { sectionLayout } from './section'
import { tableLayout } from './table'
import { targetsLayout } from './targets'
import type { LayoutModule } from './types'

export type { LayoutModule } from './types'
export type { DeckFrame, LayoutContext } from './context'

export const LAYOUTS: { readonly [L in SlideLayout]: LayoutModule<SlideOf<L>> } = {
  cover: coverLayout,
  agenda: agendaLayout,
  section: sectionLayout,
  kpi: kpiLayout,
  chart: chartLayout,
  table: tableLayout,
  targets: targetsLayout,
  picture: pictureLayout,
  'picture-pair': picturePairLayout,
  quote: quoteLayout,
  closing: closingLayout,
}
