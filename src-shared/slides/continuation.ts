/**
 * Bullets that do not fit one slide continue on the next, titled “…（续）”, at the deck's body size (the
 * fitting rule never shrinks them). The draft calls this for every section slide it makes.
 */
import type { SlideOf } from '../schemas/briefing'
import type { LayoutContext } from './layouts'
import { fitBullets } from './layouts/section'

export const CONTINUED = '（续）'

/**
 * The slide, or the slide and its continuations, each holding as many whole bullets as fit (at least one).
 * Continuations get ids from `newId` and the same notes and sources.
 */
export function continueBullets(slide: SlideOf<'section'>, ctx: Pick<LayoutContext, 'page' | 'deck'>, newId: (prefix: string) => string): SlideOf<'section'>[] {
  const out: SlideOf<'section'>[] = []
  let rest = slide.bullets
  while (rest.length > 0 || out.length === 0) {
    const fitted = fitBullets(rest, ctx)
    const take = Math.max(1, fitted.fitting)
    const first = out.length === 0
    out.push({ ...slide, id: first ? slide.id : newId('s'), title: first ? slide.title : `${slide.title.replace(/（续）$/, '')}${CONTINUED}`, bullets: rest.slice(0, take) })
    rest = rest.slice(take)
  }
  return out
}
