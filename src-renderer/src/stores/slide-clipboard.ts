import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { z } from 'zod'
import { BRIEFING_VERSION, SlideSchema, type Slide } from '@shared/schemas/briefing'
import { TARGETS_LABEL_HEADING, TARGETS_STATUS_HEADING } from '@shared/slides/layouts/targets'

/**
 * Slides on the clipboard. A copy puts a Huibao-specific JSON payload on the system clipboard (so slides
 * move between briefings, windows, and the desktop app and the browser) under its own type, plus the
 * slides' text as plain text for pasting into a document. A paste validates the payload with zod: what
 * comes from outside is never trusted. The last copy is also kept here, for when the system clipboard
 * gives nothing back (a locked-down machine, a browser without clipboard access).
 */
export const SLIDES_MIME = 'application/x-huibao-slides+json'
/** At most this many slides in one paste. */
export const MAX_PASTED_SLIDES = 500

export const SlidesPayloadSchema = z.object({
  app: z.literal('huibao'),
  kind: z.literal('slides'),
  /** The briefing schema version the slides were written with. */
  version: z.number().int().positive(),
  briefingId: z.string(),
  slides: z.array(SlideSchema).min(1).max(MAX_PASTED_SLIDES),
})
export type SlidesPayload = z.infer<typeof SlidesPayloadSchema>

export function slidesPayload(briefingId: string, slides: readonly Slide[]): SlidesPayload {
  return { app: 'huibao', kind: 'slides', version: BRIEFING_VERSION, briefingId, slides: [...slides] }
}

export type PayloadReading = { ok: true; payload: SlidesPayload } | { ok: false; reason: 'newer-version' | 'invalid' }

/** Reads a payload from clipboard text: valid slides, or why not. */
export function readSlidesPayload(text: string): PayloadReading {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  const version = (json as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > BRIEFING_VERSION) return { ok: false, reason: 'newer-version' }
  const parsed = SlidesPayloadSchema.safeParse(json)
  return parsed.success ? { ok: true, payload: parsed.data } : { ok: false, reason: 'invalid' }
}

/** The slides as text a person can paste into a document: each slide's title and its words. */
export function slidesAsText(slides: readonly Slide[]): string {
  return slides.map((slide) => [slide.title, ...slideWords(slide)].filter((line) => line.trim() !== '').join('\n')).join('\n\n')
}

function slideWords(slide: Slide): string[] {
  switch (slide.layout) {
    case 'cover':
      return [slide.subtitle, slide.organization, slide.date]
    case 'agenda':
      return slide.items
    case 'section':
      return slide.bullets
    case 'kpi':
      return slide.figures.map((f) => `${f.label} ${f.value}${f.unit}`)
    case 'chart':
      return [slide.chart.title, ...slide.chart.figures.map((f) => `${f.label} ${f.value}${f.unit}`), slide.caption]
    case 'table':
      return [slide.columns.join('\t'), ...slide.rows.map((r) => [r.label, ...r.cells].join('\t'))]
    case 'targets':
      return [[TARGETS_LABEL_HEADING, slide.targetHeading, slide.resultHeading, TARGETS_STATUS_HEADING].join('\t'), ...slide.rows.map((r) => [r.label, r.target, r.result, r.status].join('\t'))]
    case 'picture':
      return [slide.picture.caption]
    case 'picture-pair':
      return [slide.left.caption, slide.right.caption]
    case 'quote':
      return [slide.quote, slide.attribution]
    case 'closing':
      return [slide.message]
  }
}

/** The in-app copy: the last slides copied in this window. */
export const useSlideClipboardStore = defineStore('slideClipboard', () => {
  const last = shallowRef<SlidesPayload | null>(null)
  return {
    last,
    keep: (payload: SlidesPayload) => void (last.value = payload),
  }
})
