import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, WORKSPACE_ERROR_MESSAGES } from '../../../../src-shared/errors'
import { sampleReportContent } from '../../../helpers/docs'

/**
 * A fault-injecting file system under the store: a disk of a given capacity (a write that would not fit
 * fails with ENOSPC, as a real full disk does, and what it wrote is not kept), and operations that fail
 * with a chosen errno (EROFS, EACCES, EPERM) for paths that match.
 */
const faults = {
  root: '',
  /** Bytes the disk holds; null for unlimited. */
  capacity: null as number | null,
  fail: [] as { op: string; path: RegExp; code: string }[],
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const errno = (code: string, path: unknown) => Object.assign(new Error(`${code}: injected, ${String(path)}`), { code })
  const inject = (op: string, path: unknown) => {
    const hit = faults.fail.find((f) => f.op === op && f.path.test(String(path)))
    if (hit) throw errno(hit.code, path)
  }
  async function used(dir: string): Promise<number> {
    let total = 0
    for (const entry of await real.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name)
      total += entry.isDirectory() ? await used(path) : (await real.lstat(path).catch(() => ({ size: 0 }))).size
    }
    return total
  }
  async function reserve(bytes: number, path: unknown): Promise<void> {
    if (faults.capacity !== null && (await used(faults.root)) + bytes > faults.capacity) throw errno('ENOSPC', path)
  }
  const size = (data: unknown) => (typeof data === 'string' ? Buffer.byteLength(data) : (data as Uint8Array).byteLength)
  const writes = (flags: unknown) => typeof flags === 'string' && /[wa+]/.test(flags)
  const wrapped = {
    ...real,
    async open(path: Parameters<typeof real.open>[0], flags?: Parameters<typeof real.open>[1], mode?: Parameters<typeof real.open>[2]) {
      inject(writes(flags) ? 'write' : 'read', path)
      const handle = await real.open(path, flags, mode)
      if (!writes(flags)) return handle
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'writeFile') {
            return async (data: string | Uint8Array) => {
              await reserve(size(data), path)
              return target.writeFile(data)
            }
          }
          const v = Reflect.get(target, prop) as unknown
          return typeof v === 'function' ? v.bind(target) : v
        },
      })
    },
    async writeFile(path: Parameters<typeof real.writeFile>[0], data: string, options?: Parameters<typeof real.writeFile>[2]) {
      inject('write', path)
      await reserve(size(data), path)
      return real.writeFile(path, data, options)
    },
    async copyFile(from: string, to: string) {
      inject('write', to)
      await reserve((await real.stat(from)).size, to)
      return real.copyFile(from, to)
    },
    async rename(from: string, to: string) {
      inject('write', to)
      return real.rename(from, to)
    },
    async mkdir(path: string, options?: Parameters<typeof real.mkdir>[1]) {
      inject('mkdir', path)
      return real.mkdir(path, options)
    },
  }
  return { ...wrapped, default: wrapped }
})

const { WorkspaceStore } = await import('../../../../src-main/services/workspace-store')

let root: string
let store: InstanceType<typeof WorkspaceStore>

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'huibao-disk-'))
  faults.root = root
  faults.capacity = null
  faults.fail = []
  store = new WorkspaceStore(root, undefined, { lock: { waitMs: 200 } })
  await store.init()
})
afterEach(async () => {
  faults.capacity = null
  faults.fail = []
  await rm(root, { recursive: true, force: true })
})

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

async function diskUsed(dir = root): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? await diskUsed(path) : (await stat(path)).size
  }
  return total
}

const tempFiles = async () => (await readdir(join(root, 'reports'))).filter((n) => n.endsWith('.tmp'))
const body = (n: number) => '地区生产总值增长百分之五。'.repeat(n)

describe('WorkspaceStore on a full disk', () => {
  it('still saves an edit that fits, and keeps the backup of the previous revision', async () => {
    const doc = await store.create('report', sampleReportContent('第一版', body(4000)))
    const file = join(root, 'reports', `${doc.id}.json`)
    const size = (await stat(file)).size
    // Room for one more copy of the file, but not for a backup copy and the new file at once.
    faults.capacity = (await diskUsed()) + Math.round(size * 1.5)
    const saved = await store.save('report', { ...doc, title: '第二版', text: body(3990) }, 1)
    expect(saved.revision).toBe(2)
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ revision: 2, title: '第二版' })
    const backup = JSON.parse(await readFile(join(root, '.backup', 'reports', doc.id, '00000001.json'), 'utf8'))
    expect(backup).toMatchObject({ revision: 1, title: '第一版' })
  })

  it('refuses a save that does not fit with a specific message, and leaves the file and the folder as they were', async () => {
    const doc = await store.create('report', sampleReportContent('原样', body(1000)))
    const file = join(root, 'reports', `${doc.id}.json`)
    const before = await readFile(file, 'utf8')
    faults.capacity = (await diskUsed()) + 1000
    const error = await failure(store.save('report', { ...doc, title: '太大了', text: body(20_000) }, 1))
    expect(error.code).toBe('disk-full')
    expect(error.message).toBe(WORKSPACE_ERROR_MESSAGES['disk-full']['zh-CN'])
    expect(await readFile(file, 'utf8')).toBe(before)
    expect(await tempFiles()).toEqual([])
    // Space freed: the same save now goes through (its lock was released).
    faults.capacity = null
    expect((await store.save('report', { ...doc, title: '太大了', text: body(20_000) }, 1)).revision).toBe(2)
  })
})

describe('WorkspaceStore on a read-only disk or without permission', () => {
  it.each([
    ['EROFS', 'disk-read-only'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
  ] as const)('%s on writing says %s, in Chinese and in English, and changes nothing', async (errno, code) => {
    const doc = await store.create('report', sampleReportContent('只读盘上的报告'))
    const before = await readFile(join(root, 'reports', `${doc.id}.json`), 'utf8')
    faults.fail = [{ op: 'write', path: new RegExp(root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), code: errno }]
    const error = await failure(store.save('report', { ...doc, title: '改' }, 1))
    expect(error.code).toBe(code)
    expect(error.message).toBe(WORKSPACE_ERROR_MESSAGES[code]['zh-CN'])
    expect(WORKSPACE_ERROR_MESSAGES[code].en).toMatch(/[A-Za-z]/)
    expect(await failure(store.create('report', sampleReportContent()))).toMatchObject({ code })
    faults.fail = []
    expect(await readFile(join(root, 'reports', `${doc.id}.json`), 'utf8')).toBe(before)
    // Still readable and listed.
    expect((await store.list()).reports.map((r) => r.title)).toEqual(['只读盘上的报告'])
  })

  it('lists a file it may not read as damaged, with a reason, and still lists the rest', async () => {
    const ok = await store.create('report', sampleReportContent('能读的'))
    const locked = await store.create('report', sampleReportContent('不能读的'))
    faults.fail = [{ op: 'read', path: new RegExp(`${locked.id}\\.json$`), code: 'EACCES' }]
    const library = await store.list()
    expect(library.reports.map((r) => r.id)).toEqual([ok.id])
    expect(library.damaged).toEqual([expect.objectContaining({ id: locked.id, reason: expect.stringContaining('没有权限读取') })])
    expect(await failure(store.read('report', locked.id))).toMatchObject({ code: 'no-permission' })
  })

  it('lists a folder it may not list as one entry, and still lists the other folder', async () => {
    await store.create('report', sampleReportContent('报告照常'))
    await writeFile(join(root, 'briefings', 'b-x.json'), '{}')
    const { readdir: realReaddir } = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')
    const spy = vi.spyOn(await import('node:fs/promises'), 'readdir').mockImplementation((async (path: string, options?: unknown) => {
      if (String(path).endsWith('briefings')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      return realReaddir(path, options as never)
    }) as never)
    try {
      const library = await store.list()
      expect(library.reports.map((r) => r.title)).toEqual(['报告照常'])
      expect(library.foreign).toEqual([expect.objectContaining({ kind: 'briefing', fileName: 'briefings/', reason: expect.stringContaining('没有权限') })])
    } finally {
      spy.mockRestore()
    }
  })
})
