/**
 * Pictures in the workspace: `assets/<sha256>.<ext>`, stored once by content. A picture is accepted only
 * when its bytes are a PNG or a JPEG (magic bytes, then the header decoded for its size), under the size
 * cap; anything else gets one clear Chinese sentence. Plain Node: the api handlers, the CLI and tests use it.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { imageSize } from 'image-size'
import { ApiError } from '../../src-shared/errors'
import { MAX_IMAGE_BYTES } from '../../src-shared/api'
import { ASSET_NAME_PATTERN, type ImageRef } from '../../src-shared/schemas/slide-parts'
import type { BriefingContent } from '../../src-shared/schemas/briefing'
import { writeFileAtomic } from './atomic-write'

export { MAX_IMAGE_BYTES }
/** Larger sides are refused: they would only slow the show and the PDF down. */
export const MAX_IMAGE_SIDE = 12_000

export type ImageKind = 'png' | 'jpg'
export const IMAGE_MIME: Record<ImageKind, string> = { png: 'image/png', jpg: 'image/jpeg' }

function sniff(bytes: Uint8Array): ImageKind | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  return null
}

export class ImageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImageError'
  }
}

/** The picture's kind and size, or ImageError with a Chinese sentence saying what is wrong. */
export function inspectImage(bytes: Uint8Array, fileName = '图片'): { kind: ImageKind; width: number; height: number } {
  if (bytes.length === 0) throw new ImageError(`“${fileName}”是空文件。`)
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageError(`“${fileName}”太大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），图片不能超过 ${MAX_IMAGE_BYTES / 1024 / 1024} MB。`)
  const kind = sniff(bytes)
  if (!kind) throw new ImageError(`“${fileName}”不是 PNG 或 JPEG 图片，请换用这两种格式。`)
  let size: { width?: number; height?: number; type?: string }
  try {
    size = imageSize(bytes)
  } catch {
    throw new ImageError(`“${fileName}”已损坏，无法读取图片尺寸。`)
  }
  const expected = kind === 'png' ? 'png' : 'jpg'
  const { width, height } = size
  if (size.type !== expected || !width || !height) throw new ImageError(`“${fileName}”已损坏，无法读取图片尺寸。`)
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) throw new ImageError(`“${fileName}”的尺寸过大（${width}×${height}），请缩小到 ${MAX_IMAGE_SIDE} 像素以内。`)
  return { kind, width, height }
}

export class AssetStore {
  readonly folder: string
  constructor(root: string) {
    this.folder = join(root, 'assets')
  }

  /** Stores a picture once (by the SHA-256 of its bytes) and returns the reference a slide keeps. */
  async add(bytes: Uint8Array, fileName?: string): Promise<ImageRef> {
    let info: ReturnType<typeof inspectImage>
    try {
      info = inspectImage(bytes, fileName)
    } catch (error) {
      if (error instanceof ImageError) throw new ApiError('invalid-request', error.message)
      throw error
    }
    const asset = `${createHash('sha256').update(bytes).digest('hex')}.${info.kind}`
    const path = join(this.folder, asset)
    const existing = await stat(path).catch(() => null)
    if (existing?.size !== bytes.length) {
      await mkdir(this.folder, { recursive: true })
      await writeFileAtomic(path, bytes)
    }
    return { asset, width: info.width, height: info.height }
  }

  /** A stored picture's bytes and type; ApiError('not-found') when its file is gone. */
  async read(asset: string): Promise<{ bytes: Uint8Array; mime: string }> {
    if (!ASSET_NAME_PATTERN.test(asset)) throw new ApiError('invalid-request', '图片文件名无效。')
    try {
      const bytes = await readFile(join(this.folder, asset))
      return { bytes, mime: IMAGE_MIME[asset.endsWith('.png') ? 'png' : 'jpg'] }
    } catch {
      throw new ApiError('not-found', '找不到这张图片的文件，它可能已被删除。')
    }
  }
}

/** The asset names a briefing shows: pictures on slides and the logo. */
export function briefingAssets(briefing: BriefingContent): string[] {
  const names = new Set<string>()
  if (briefing.chrome.logo) names.add(briefing.chrome.logo.asset)
  for (const slide of briefing.slides) {
    const pictures = slide.layout === 'picture' ? [slide.picture] : slide.layout === 'picture-pair' ? [slide.left, slide.right] : []
    for (const p of pictures) if (p.image) names.add(p.image.asset)
  }
  return [...names]
}

/** The bytes of a briefing's pictures found in the given assets folders (first hit wins); missing ones are left out. */
export async function loadBriefingImages(briefing: BriefingContent, folders: readonly string[]): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {}
  for (const name of briefingAssets(briefing)) {
    for (const folder of folders) {
      const bytes = await readFile(join(folder, name)).catch(() => null)
      if (bytes) {
        out[name] = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        break
      }
    }
  }
  return out
}
