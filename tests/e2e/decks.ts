import type { BriefingDoc, Slide } from '../../src-shared/schemas/briefing'
import type { WebHostHandle } from './fixtures'

/** Calls the web host's api as the renderer does (token header), for setting up a test. */
export async function callApi<T>(host: WebHostHandle, name: string, body: unknown): Promise<T> {
  const res = await fetch(`${host.origin}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-huibao-token': host.token }, body: JSON.stringify(body) })
  const json = (await res.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!json.ok) throw new Error(`${name}: ${json.error?.message}`)
  return json.value
}

/** A briefing drafted from the sample report; with `slides`, its slides repeated to that many (titles numbered). */
export async function draftDeck(host: WebHostHandle, slides?: number, title?: string): Promise<BriefingDoc> {
  const library = await callApi<{ reports: { id: string }[] }>(host, 'listLibrary', {})
  const drafted = await callApi<{ id: string }>(host, 'draftBriefing', { reportId: library.reports[0]!.id })
  const { briefing } = await callApi<{ briefing: BriefingDoc }>(host, 'getBriefing', { id: drafted.id })
  if (slides === undefined && title === undefined) return briefing
  const list: Slide[] = []
  for (let i = 0; list.length < (slides ?? briefing.slides.length); i++) {
    const s = briefing.slides[i % briefing.slides.length]!
    list.push(slides === undefined ? s : { ...structuredClone(s), id: `s-n${i}`, title: `第${i + 1}页 ${s.title}` })
  }
  const next = { ...briefing, title: title ?? briefing.title, slides: list }
  const saved = await callApi<{ revision: number; updatedAt: string }>(host, 'saveBriefing', { briefing: next, baseRevision: briefing.revision })
  return { ...next, ...saved }
}
