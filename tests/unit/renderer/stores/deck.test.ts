import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { BriefingDoc } from '@shared/schemas/briefing'
import { briefingDoc } from '../../../helpers/docs'
import { addSlide, counterIds, createSlide, duplicateSlide, moveSlide, removeSlide, setHidden, updateSlide } from '@shared/briefing/deck-operations'
import { ApiError } from '@shared/errors'
import { analyzeReportText } from '@shared/report/analyze'
import { REPORT_VERSION } from '@shared/schemas/report'

const api = {
  getBriefing: vi.fn(),
  saveBriefing: vi.fn(),
  getReport: vi.fn(),
}
vi.mock('../../../../src-renderer/src/bridge', () => ({ useApi: () => api }))

const { useDeckStore, AUTOSAVE_MS } = await import('../../../../src-renderer/src/stores/deck')
const { useHistoryStore, HISTORY_LIMIT, COALESCE_MS } = await import('../../../../src-renderer/src/stores/history')
const { useSaveStatusStore } = await import('../../../../src-renderer/src/stores/save-status')
const { useUiStore } = await import('../../../../src-renderer/src/stores/ui')
const { useNoticesStore } = await import('../../../../src-renderer/src/stores/notices')

function doc(): BriefingDoc {
  const ids = counterIds()
  return briefingDoc([
      { ...createSlide('cover', { newId: ids }), title: '封面' },
      { ...createSlide('section', { newId: ids }), title: '第一节', bullets: ['甲'] },
      { ...createSlide('kpi', { newId: ids }), title: '指标' },
    ], 3)
}

async function loaded(readOnly = false) {
  api.getBriefing.mockResolvedValue({ briefing: doc(), readOnly })
  const deck = useDeckStore()
  await deck.load('b-1')
  return deck
}
const titles = (deck: ReturnType<typeof useDeckStore>) => deck.slides.map((s) => s.title)

beforeEach(() => {
  setActivePinia(createPinia())
  api.getBriefing.mockReset()
  api.saveBriefing.mockReset()
  api.getReport.mockReset()
  let rev = 3
  api.saveBriefing.mockImplementation(async ({ baseRevision }: { baseRevision: number }) => {
    if (baseRevision !== rev) throw new ApiError('conflict', '汇报已在别处修改')
    rev += 1
    return { revision: rev, updatedAt: new Date().toISOString() }
  })
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('deck store: commit and undo/redo', () => {
  it('undoes and redoes every kind of edit, reorder included', async () => {
    const deck = await loaded()
    const [a, b, c] = deck.slides.map((s) => s.id) as [string, string, string]
    const initial = deck.briefing
    const edits: [string, (d: BriefingDoc) => BriefingDoc][] = [
      ['update', (d) => updateSlide(d, b, { title: '改过的标题' }) as BriefingDoc],
      ['move', (d) => moveSlide(d, 1, 2) as BriefingDoc],
      ['hide', (d) => setHidden(d, c, true) as BriefingDoc],
      ['duplicate', (d) => duplicateSlide(d, a, counterIds('x')) as BriefingDoc],
      ['add', (d) => addSlide(d, createSlide('closing', { newId: counterIds('y') })) as BriefingDoc],
      ['remove', (d) => removeSlide(d, a) as BriefingDoc],
    ]
    const states = [deck.briefing]
    for (const [, edit] of edits) {
      expect(deck.commit(edit)).toBe(true)
      states.push(deck.briefing)
    }
    for (let i = states.length - 2; i >= 0; i--) {
      expect(deck.undo()).toBe(true)
      expect(deck.briefing).toBe(states[i])
    }
    expect(deck.undo()).toBe(false)
    expect(deck.briefing).toBe(initial)
    for (let i = 1; i < states.length; i++) {
      expect(deck.redo()).toBe(true)
      expect(deck.briefing).toBe(states[i])
    }
    expect(deck.redo()).toBe(false)
  })

  it('a reorder and its undo restore the order', async () => {
    const deck = await loaded()
    deck.commit((d) => moveSlide(d, 0, 2) as BriefingDoc)
    expect(titles(deck)).toEqual(['第一节', '指标', '封面'])
    deck.undo()
    expect(titles(deck)).toEqual(['封面', '第一节', '指标'])
  })

  it('keeps more than 100 steps', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    for (let i = 0; i < 150; i++) deck.commit((d) => updateSlide(d, id, { title: `第${i}次` }) as BriefingDoc)
    let steps = 0
    while (deck.undo()) steps++
    expect(steps).toBe(150)
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100)
    expect(deck.slides[1]!.title).toBe('第一节')
  })

  it('drops the oldest steps beyond the limit', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) deck.commit((d) => updateSlide(d, id, { title: `第${i}次` }) as BriefingDoc)
    expect(useHistoryStore().past).toHaveLength(HISTORY_LIMIT)
  })

  it('coalesces a run of keystrokes into one step, and a new run after a pause', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    for (const t of ['第', '第二', '第二节']) deck.commit((d) => updateSlide(d, id, { title: t }) as BriefingDoc, { coalesce: `title:${id}` })
    vi.advanceTimersByTime(COALESCE_MS + 10)
    deck.commit((d) => updateSlide(d, id, { title: '第二节！' }) as BriefingDoc, { coalesce: `title:${id}` })
    deck.undo()
    expect(deck.slides[1]!.title).toBe('第二节')
    deck.undo()
    expect(deck.slides[1]!.title).toBe('第一节')
  })

  it('an edit after undo clears redo', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    deck.commit((d) => updateSlide(d, id, { title: 'A' }) as BriefingDoc)
    deck.undo()
    deck.commit((d) => updateSlide(d, id, { title: 'B' }) as BriefingDoc)
    expect(deck.redo()).toBe(false)
  })

  it('a change that changes nothing records nothing', async () => {
    const deck = await loaded()
    expect(deck.commit((d) => moveSlide(d, 1, 1) as BriefingDoc)).toBe(false)
    expect(useHistoryStore().canUndo).toBe(false)
    expect(deck.dirty).toBe(false)
  })

  it('a read-only briefing cannot be edited', async () => {
    const deck = await loaded(true)
    expect(deck.editable).toBe(false)
    expect(deck.commit((d) => moveSlide(d, 0, 2) as BriefingDoc)).toBe(false)
    expect(titles(deck)).toEqual(['封面', '第一节', '指标'])
    expect(useSaveStatusStore().state).toBe('readOnly')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3)
    expect(api.saveBriefing).not.toHaveBeenCalled()
  })
})

describe('deck store: autosave', () => {
  it('saves once, within 1 s of the last of a burst of edits', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    for (let i = 0; i < 5; i++) {
      deck.commit((d) => updateSlide(d, id, { title: `T${i}` }) as BriefingDoc)
      await vi.advanceTimersByTimeAsync(300)
    }
    expect(api.saveBriefing).not.toHaveBeenCalled()
    expect(AUTOSAVE_MS).toBeLessThan(1000)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(api.saveBriefing).toHaveBeenCalledTimes(1)
    const { briefing, baseRevision } = api.saveBriefing.mock.calls[0]![0]
    expect(baseRevision).toBe(3)
    expect(briefing.slides[1].title).toBe('T4')
    expect(deck.dirty).toBe(false)
    expect(deck.revision).toBe(4)
    expect(useSaveStatusStore().state).toBe('saved')
  })

  it('the next save is based on the revision the last one wrote', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    deck.commit((d) => updateSlide(d, id, { title: 'A' }) as BriefingDoc)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    deck.commit((d) => updateSlide(d, id, { title: 'B' }) as BriefingDoc)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(api.saveBriefing.mock.calls.map((c) => c[0].baseRevision)).toEqual([3, 4])
    expect(deck.conflict).toBeNull()
  })

  it('save() flushes a pending autosave at once', async () => {
    const deck = await loaded()
    deck.commit((d) => moveSlide(d, 0, 1) as BriefingDoc)
    expect(deck.hasPendingAutosave()).toBe(true)
    expect(await deck.save()).toBe(true)
    expect(api.saveBriefing).toHaveBeenCalledTimes(1)
    expect(deck.hasPendingAutosave()).toBe(false)
  })

  it('undo is saved too', async () => {
    const deck = await loaded()
    deck.commit((d) => moveSlide(d, 0, 1) as BriefingDoc)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    deck.undo()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(api.saveBriefing).toHaveBeenCalledTimes(2)
    expect(api.saveBriefing.mock.calls[1]![0].briefing.slides.map((s: { title: string }) => s.title)).toEqual(['封面', '第一节', '指标'])
  })

  it('a failed save shows 保存失败 and its retry saves the latest state', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    api.saveBriefing.mockRejectedValueOnce(new ApiError('disk-full', '磁盘空间已满，这次更改没有写入。'))
    deck.commit((d) => updateSlide(d, id, { title: 'A' }) as BriefingDoc)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    const status = useSaveStatusStore()
    expect(status.state).toBe('failed')
    // …and says why, in a notice that stays until dismissed.
    expect(useNoticesStore().items).toEqual([expect.objectContaining({ kind: 'error', code: 'disk-full', message: '磁盘空间已满，这次更改没有写入。' })])
    expect(deck.dirty).toBe(true)
    deck.commit((d) => updateSlide(d, id, { title: 'B' }) as BriefingDoc)
    await status.retry()
    expect(status.state).toBe('saved')
    expect(api.saveBriefing.mock.calls.at(-1)![0].briefing.slides[1].title).toBe('B')
  })
})

describe('deck store: conflicts', () => {
  it('a stale revision becomes a conflict message; nothing is overwritten and editing stops', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    api.saveBriefing.mockRejectedValueOnce(new ApiError('conflict', '汇报已在别处修改（当前第 4 版，您的修改基于第 3 版），本次保存未写入。'))
    deck.commit((d) => updateSlide(d, id, { title: 'A' }) as BriefingDoc)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(deck.conflict).toContain('别处修改')
    expect(deck.editable).toBe(false)
    expect(deck.commit((d) => updateSlide(d, id, { title: 'B' }) as BriefingDoc)).toBe(false)
    expect(await deck.save()).toBe(false)
    expect(api.saveBriefing).toHaveBeenCalledTimes(1)
    expect(useSaveStatusStore().state).toBe('failed')
  })

  it('reloading after a conflict takes the version on disk and clears the conflict', async () => {
    const deck = await loaded()
    api.saveBriefing.mockRejectedValueOnce(new ApiError('conflict', '冲突'))
    deck.commit((d) => moveSlide(d, 0, 2) as BriefingDoc)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(deck.conflict).not.toBeNull()
    api.getBriefing.mockResolvedValue({ briefing: { ...doc(), revision: 9 }, readOnly: false })
    await deck.load('b-1')
    expect(deck.conflict).toBeNull()
    expect(deck.revision).toBe(9)
    expect(deck.editable).toBe(true)
    expect(useHistoryStore().canUndo).toBe(false)
  })
})

describe('deck store: editing actions and the current slide', () => {
  const current = (deck: ReturnType<typeof useDeckStore>) => deck.current?.title

  it('opens at the first slide, or at the slide a link asks for', async () => {
    const deck = await loaded()
    expect(current(deck)).toBe('封面')
    const wanted = deck.slides[2]!.id
    await deck.load('b-1', wanted)
    expect(useUiStore().selectedSlideId).toBe(wanted)
    expect(deck.currentIndex).toBe(2)
  })

  it('adds a slide after the current one and selects it; a deleted slide hands the selection to its neighbour', async () => {
    const deck = await loaded()
    deck.selectAt(1)
    deck.addLayout('quote')
    expect(deck.slides.map((s) => s.layout)).toEqual(['cover', 'section', 'quote', 'kpi'])
    expect(deck.current?.layout).toBe('quote')
    deck.remove(deck.current!.id)
    expect(current(deck)).toBe('指标')
    deck.undo()
    expect(deck.slides).toHaveLength(4)
  })

  it('moves, duplicates, hides and steps through slides, each one undo step', async () => {
    const deck = await loaded()
    deck.moveCurrent(1)
    expect(titles(deck)).toEqual(['第一节', '封面', '指标'])
    expect(current(deck)).toBe('封面')
    deck.moveCurrent(5)
    expect(titles(deck)).toEqual(['第一节', '封面', '指标'])
    deck.duplicate(deck.current!.id)
    expect(titles(deck)).toEqual(['第一节', '封面', '封面', '指标'])
    expect(deck.currentIndex).toBe(2)
    deck.toggleHidden(deck.current!.id)
    expect(deck.current!.hidden).toBe(true)
    deck.selectBy(-2)
    expect(deck.currentIndex).toBe(0)
    deck.selectBy(-1)
    expect(deck.currentIndex).toBe(0)
    let steps = 0
    while (deck.undo()) steps++
    expect(steps).toBe(3)
    expect(titles(deck)).toEqual(['封面', '第一节', '指标'])
  })

  it('leaving a field ends its run of typing: one Ctrl+Z never undoes two separate edits', async () => {
    const deck = await loaded()
    const id = deck.slides[1]!.id
    // Typing, Enter (the field is left), then typing again in the same field at once.
    deck.patchSlide(id, { title: '第一节，' }, 'title')
    deck.patchSlide(id, { title: '第一节，甲' }, 'title')
    deck.seal()
    deck.patchSlide(id, { title: '第一节，甲乙' }, 'title')
    deck.undo()
    expect(deck.slides[1]!.title).toBe('第一节，甲')
    deck.undo()
    expect(deck.slides[1]!.title).toBe('第一节')
  })

  it('pastes slides with new ids after the current one, and joins their reports to the briefing', async () => {
    const deck = await loaded()
    const copied = { ...deck.slides[2]!, sources: [{ reportId: 'r-other', metricIds: ['m1'] }] }
    expect(deck.paste([copied, copied])).toBe(true)
    expect(titles(deck)).toEqual(['封面', '指标', '指标', '第一节', '指标'])
    const pasted = deck.slides.slice(1, 3)
    expect(new Set([...deck.slides.map((s) => s.id)]).size).toBe(5)
    expect(pasted.every((s) => s.id !== copied.id)).toBe(true)
    expect(deck.briefing!.reportIds).toEqual(['r-other'])
    expect(deck.current?.id).toBe(pasted[0]!.id)
    deck.undo()
    expect(titles(deck)).toEqual(['封面', '第一节', '指标'])
    expect(deck.briefing!.reportIds).toEqual([])
  })

  it('a section dropped on the rail becomes a slide there, the report read once; a refusal is a notice, not a crash', async () => {
    const deck = await loaded()
    const report = reportDoc()
    api.getReport.mockResolvedValue({ report, readOnly: false })
    const section = report.sections[0]!
    await deck.dropSection({ reportId: report.id, sectionId: section.id }, 0)
    await deck.dropSection({ reportId: report.id, sectionId: section.id }, 4)
    expect(api.getReport).toHaveBeenCalledTimes(1)
    expect(deck.slides[0]!.layout).toBe('section')
    expect(deck.slides[4]!.layout).toBe('section')
    deck.makeKpi(report, [report.metrics[0]!.id])
    expect(useNoticesStore().items.at(-1)?.kind).toBe('error')
    expect(deck.slides).toHaveLength(5)
  })

  it('uses a report once, however often it is chosen', async () => {
    const deck = await loaded()
    deck.addReport('r-1')
    deck.addReport('r-1')
    expect(deck.briefing!.reportIds).toEqual(['r-1'])
  })
})

function reportDoc() {
  const text = '某市政府工作报告\n\n一、2023年工作回顾\n\n全市地区生产总值增长5.1%，城镇新增就业3.1万人。\n'
  const a = analyzeReportText(text)
  return {
    schema: 'huibao.report' as const,
    version: REPORT_VERSION,
    id: 'r-1',
    revision: 1,
    updatedAt: '2024-01-01T00:00:00.000Z',
    title: a.title,
    year: a.year,
    place: a.place,
    source: { fileName: 'x.txt', format: 'txt' as const, encoding: 'UTF-8', sha256: '', importedAt: '' },
    text,
    sections: a.sections,
    metrics: a.metrics,
  }
}
