/**
 * Pure deck operations. Every operation returns a new briefing and leaves its input untouched; slides that
 * did not change are shared by reference (so a store can diff cheaply). An operation that changes nothing
 * (unknown id, same position, same value) returns its input as is.
 */
import { newId, type IdGenerator } from '../ids'
import { DEFAULT_CHROME, type BriefingContent, type Chrome, type Slide, type SlideLayout, type SlideOf } from '../schemas/briefing'
import type { SlideSource } from '../schemas/slide-parts'
import { LAYOUTS } from '../slides/layouts'
import type { Aspect } from '../slides/page'
import type { SlidePatch } from '../slides/patch-at'
import { DEFAULT_THEME, type ThemeId } from '../slides/themes'
import { continueBullets } from '../slides/continuation'
import { layoutContext } from '../slides/deck'

export type { SlidePatch } from '../slides/patch-at'
export type { SlideOf } from '../schemas/briefing'
export { counterIds, type IdGenerator } from '../ids'

export interface FactoryOptions {
  /** Slide ids; default: random `newId('s')`. */
  newId?: IdGenerator
}

// ── Deck operations ────────────────────────────────────────────────────────────────────────────────

function clampIndex(i: number, length: number): number {
  if (!Number.isFinite(i)) return length
  return Math.max(0, Math.min(length, Math.trunc(i)))
}

/** Inserts a slide at `at` (default: the end; clamped to 0..length). */
export function addSlide(briefing: BriefingContent, slide: Slide, at?: number): BriefingContent {
  const slides = [...briefing.slides]
  slides.splice(clampIndex(at ?? slides.length, slides.length), 0, slide)
  return { ...briefing, slides }
}

export function removeSlide(briefing: BriefingContent, slideId: string): BriefingContent {
  if (!briefing.slides.some((s) => s.id === slideId)) return briefing
  return { ...briefing, slides: briefing.slides.filter((s) => s.id !== slideId) }
}

/**
 * Inserts a deep copy of a slide right after it, with a new id (`newId('s')` unless one is given).
 * The copy is at index(original) + 1.
 */
export function duplicateSlide(briefing: BriefingContent, slideId: string, idGen: IdGenerator = newId): BriefingContent {
  const index = briefing.slides.findIndex((s) => s.id === slideId)
  const original = briefing.slides[index]
  if (!original) return briefing
  const copy: Slide = { ...structuredClone(original), id: idGen('s') }
  return addSlide(briefing, copy, index + 1)
}

/** Moves the slide at index `from` to index `to` (both clamped), as a drag in the thumbnail strip does. */
export function moveSlide(briefing: BriefingContent, from: number, to: number): BriefingContent {
  const n = briefing.slides.length
  if (n === 0) return briefing
  const src = Math.max(0, Math.min(n - 1, Math.trunc(from)))
  const dst = Math.max(0, Math.min(n - 1, Math.trunc(to)))
  if (src === dst) return briefing
  const slides = [...briefing.slides]
  const [moved] = slides.splice(src, 1)
  if (!moved) return briefing
  slides.splice(dst, 0, moved)
  return { ...briefing, slides }
}

export function setHidden(briefing: BriefingContent, slideId: string, hidden: boolean): BriefingContent {
  const slide = briefing.slides.find((s) => s.id === slideId)
  if (!slide || slide.hidden === hidden) return briefing
  return updateSlide(briefing, slideId, { hidden })
}

/**
 * Merges a patch into one slide. The id and layout never change (they are ignored if a caller passes them
 * anyway); to change a slide's layout, replace the slide.
 */
export function updateSlide(briefing: BriefingContent, slideId: string, patch: SlidePatch): BriefingContent {
  const index = briefing.slides.findIndex((s) => s.id === slideId)
  const slide = briefing.slides[index]
  if (!slide) return briefing
  const updated = { ...slide, ...patch, id: slide.id, layout: slide.layout } as Slide
  const slides = [...briefing.slides]
  slides[index] = updated
  return { ...briefing, slides }
}

/** Switches the deck's theme (党政红, 政务蓝, 简洁). */
export function setTheme(briefing: BriefingContent, theme: ThemeId): BriefingContent {
  return briefing.theme === theme ? briefing : { ...briefing, theme }
}

/** Switches the deck's page shape (16:9, 4:3); every layout fits both. */
export function setAspect(briefing: BriefingContent, aspect: Aspect): BriefingContent {
  return briefing.aspect === aspect ? briefing : { ...briefing, aspect }
}

/** Changes the chrome options: page numbers, footer, footer text, logo. */
export function setChrome(briefing: BriefingContent, change: Partial<Chrome>): BriefingContent {
  const chrome = { ...briefing.chrome, ...change }
  const same = (Object.keys(chrome) as (keyof Chrome)[]).every((k) => chrome[k] === briefing.chrome[k])
  return same ? briefing : { ...briefing, chrome }
}

// ── New briefings and slides ───────────────────────────────────────────────────────────────────────

export interface CreateBriefingOptions extends FactoryOptions {
  /** The briefing id; default `newId('b')`. */
  id?: string
  subtitle?: string
  meeting?: string
  date?: string
  organization?: string
  classification?: string
  theme?: ThemeId
  aspect?: Aspect
  chrome?: Chrome
  reportIds?: string[]
  /** The slides; default: one cover slide showing the title. */
  slides?: Slide[]
}

/** A new briefing (content only, without the envelope fields the store adds on save). */
export function createBriefing(title: string, opts: CreateBriefingOptions = {}): BriefingContent {
  const idGen = opts.newId ?? newId
  const subtitle = opts.subtitle ?? ''
  const organization = opts.organization ?? ''
  const date = opts.date ?? ''
  const slides: Slide[] = opts.slides ?? [
    { ...createSlide('cover', { newId: idGen }), title, subtitle, organization, date },
  ]
  return {
    id: opts.id ?? newId('b'),
    title,
    subtitle,
    meeting: opts.meeting ?? '',
    date,
    organization,
    classification: opts.classification ?? '',
    theme: opts.theme ?? DEFAULT_THEME,
    aspect: opts.aspect ?? '16:9',
    chrome: opts.chrome ?? { ...DEFAULT_CHROME },
    reportIds: opts.reportIds ?? [],
    slides,
  }
}

/** An empty slide of a layout, as the “add slide” menu inserts it. */
export function createSlide<L extends SlideLayout>(layout: L, opts: FactoryOptions = {}): SlideOf<L> {
  const base = { id: (opts.newId ?? newId)('s'), title: '', notes: '', hidden: false, sources: [] as SlideSource[] }
  return (LAYOUTS[layout] as { create(b: typeof base): SlideOf<L> }).create(base)
}

/** Changes any of the deck's look at once (the style menu): theme, page shape, chrome. */
export function applyDeckStyle(briefing: BriefingContent, change: { theme?: ThemeId; aspect?: Aspect; chrome?: Partial<Chrome> }): BriefingContent {
  let b = briefing
  if (change.theme) b = setTheme(b, change.theme)
  if (change.aspect) b = setAspect(b, change.aspect)
  if (change.chrome) b = setChrome(b, change.chrome)
  return b
}

/**
 * A section slide whose bullets do not fit, split: the bullets that fit stay, the rest continue on
 * “（续）” slides right after it, at the deck's body size.
 */
export function continueOverflowingBullets(briefing: BriefingContent, slideId: string, idGen: IdGenerator = newId): BriefingContent {
  const index = briefing.slides.findIndex((s) => s.id === slideId)
  const slide = briefing.slides[index]
  if (slide?.layout !== 'section') return briefing
  const parts = continueBullets(slide, layoutContext(briefing, index), idGen)
  if (parts.length < 2) return briefing
  const slides = [...briefing.slides]
  slides.splice(index, 1, ...parts)
  return { ...briefing, slides }
}
