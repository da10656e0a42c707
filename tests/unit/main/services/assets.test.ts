import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssetStore, briefingAssets, inspectImage, loadBriefingImages } from '../../../../src-main/services/assets'
import { createExportQueue, exportWorkerFor } from '../../../../src-main/services/export-queue/queue'
import { createApiHandlers } from '../../../../src-main/services/api-handlers'
import { WorkspaceStore } from '../../../../src-main/services/workspace-store'
import { createBriefing } from '../../../../src-shared/briefing/deck-operations'
import { ApiError } from '../../../../src-shared/errors'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/images/${name}`, import.meta.url)))
const PNG = fixture('emblem.png')
const JPEG = fixture('site-photo.jpg')

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'huibao-assets-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('pictures checked by content', () => {
  it('reads the kind and size of a PNG and a JPEG from their headers', () => {
    expect(inspectImage(PNG)).toEqual({ kind: 'png', width: 240, height: 240 })
    expect(inspectImage(JPEG)).toEqual({ kind: 'jpg', width: 480, height: 320 })
  })

  it('refuses what is not a PNG or JPEG, whatever its name, and a damaged header, with one Chinese sentence', () => {
    expect(() => inspectImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.png')).toThrow(/不是 PNG 或 JPEG 图片/)
    expect(() => inspectImage(PNG.slice(0, 12), 'cut.png')).toThrow(/已损坏/)
    expect(() => inspectImage(new Uint8Array(0), 'empty.jpg')).toThrow(/空文件/)
    expect(() => inspectImage(new Uint8Array(21 * 1024 * 1024), 'huge.jpg')).toThrow(/太大/)
  })
})

describe('the assets folder', () => {
  it('stores a picture once by its content hash and reads it back', async () => {
    const assets = new AssetStore(root)
    const a = await assets.add(JPEG, 'photo.jpg')
    const b = await assets.add(JPEG, 'same-photo-again.jpg')
    expect(a).toEqual(b)
    expect(a.asset).toMatch(/^[0-9a-f]{64}\.jpg$/)
    expect(a).toMatchObject({ width: 480, height: 320 })
    expect(await readdir(join(root, 'assets'))).toEqual([a.asset])
    const back = await assets.read(a.asset)
    expect(back.mime).toBe('image/jpeg')
    expect(Buffer.from(back.bytes).equals(Buffer.from(JPEG))).toBe(true)
  })

  it('a missing file or a bad name is a clear error, never a path outside the folder', async () => {
    const assets = new AssetStore(root)
    await expect(assets.read(`${'0'.repeat(64)}.png`)).rejects.toMatchObject({ code: 'not-found' })
    await expect(assets.read('../briefings/b-1.json')).rejects.toBeInstanceOf(ApiError)
    await expect(assets.add(new TextEncoder().encode('GIF89a'), 'a.gif')).rejects.toMatchObject({ code: 'invalid-request' })
  })

  it('goes through the api: addAsset then getAsset; a briefing lists its pictures and logo', async () => {
    const store = new WorkspaceStore(root)
    await store.init()
    const exportQueue = createExportQueue(exportWorkerFor(import.meta.url))
    const api = createApiHandlers({ store, exportQueue, version: 'test', mode: 'web' })
    const ref = await api.addAsset({ fileName: 'emblem.png', dataBase64: Buffer.from(PNG).toString('base64') })
    const got = await api.getAsset({ asset: ref.asset })
    expect(got.mime).toBe('image/png')
    expect(Buffer.from(got.dataBase64, 'base64').equals(Buffer.from(PNG))).toBe(true)
    const briefing = createBriefing('汇报', {
      chrome: { pageNumbers: true, footer: true, footerText: '', logo: ref },
      slides: [{ id: 's1', layout: 'picture', title: '图', notes: '', hidden: false, sources: [], picture: { image: ref, fit: 'cover', caption: '' } }],
    })
    expect(briefingAssets(briefing)).toEqual([ref.asset])
    const images = await loadBriefingImages(briefing, [join(root, 'nowhere'), join(root, 'assets')])
    expect(Object.keys(images)).toEqual([ref.asset])
    await exportQueue.close(0)
  })
})
