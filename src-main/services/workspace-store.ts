import { copyFile, mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ZodType } from 'zod'
import { ApiError } from '../../src-shared/errors'
import { isValidId, newId } from '../../src-shared/ids'
import { REPORT_SCHEMA, ReportDocSchema, type ReportContent, type ReportDoc } from '../../src-shared/schemas/report'
import { BRIEFING_SCHEMA, BriefingDocSchema, type BriefingContent, type BriefingDoc } from '../../src-shared/schemas/briefing'
import type { DamagedFile, DocKind, ItemSummary, Library, Saved, TrashItem } from '../../src-shared/api'
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-write'
import { CURRENT_VERSION, migrate } from './migrations'

/** How many earlier revisions of each file `.backup/` keeps. */
export const BACKUPS_KEPT = 20

export interface DocByKind {
  report: ReportDoc
  briefing: BriefingDoc
}
export interface ContentByKind {
  report: ReportContent
  briefing: BriefingContent
}

interface KindInfo {
  folder: string
  schemaName: string
  schema: ZodType
  noun: string
  size: (doc: never) => number
}

const KINDS: Record<DocKind, KindInfo> = {
  report: {
    folder: 'reports',
    schemaName: REPORT_SCHEMA,
    schema: ReportDocSchema,
    noun: '报告',
    size: (doc: ReportDoc) => doc.metrics.length,
  },
  briefing: {
    folder: 'briefings',
    schemaName: BRIEFING_SCHEMA,
    schema: BriefingDocSchema,
    noun: '汇报',
    size: (doc: BriefingDoc) => doc.slides.length,
  },
} as Record<DocKind, KindInfo>

type LoadResult<K extends DocKind> =
  | { ok: true; doc: DocByKind[K]; readOnly: boolean }
  | { ok: false; damaged: DamagedFile }

/**
 * The local JSON workspace (DESIGN.md, “Data on disk”). One file per document, atomic writes, the last
 * revisions in `.backup/`, revision-checked saves, damaged files listed and never overwritten, files of a
 * newer version opened read-only, and a trash that can be restored.
 */
export class WorkspaceStore {
  private readonly queues = new Map<string, Promise<unknown>>()
  /**
   * Summaries of files already read, by path, with the mtime and size they were read at. Listing the
   * library after every change then stats each file instead of parsing it again (a 20 MB report took
   * half a second to list each time).
   */
  private readonly summaries = new Map<string, { stamp: string; summary: ItemSummary }>()

  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async init(): Promise<void> {
    for (const kind of Object.keys(KINDS) as DocKind[]) {
      await mkdir(this.folder(kind), { recursive: true })
      await mkdir(join(this.root, '.trash', KINDS[kind].folder), { recursive: true })
      await this.removeStaleTempFiles(this.folder(kind))
    }
    await mkdir(join(this.root, 'assets'), { recursive: true })
  }

  // ---- reading ----

  async list(): Promise<Library> {
    const library: Library = { reports: [], briefings: [], damaged: [], trash: await this.listTrash() }
    for (const kind of Object.keys(KINDS) as DocKind[]) {
      for (const id of await this.ids(kind)) {
        const path = this.path(kind, id)
        const info = await stat(path).catch(() => null)
        if (!info) continue // deleted while listing
        const stamp = `${info.mtimeMs}:${info.size}`
        const cached = this.summaries.get(path)
        if (cached?.stamp === stamp) {
          ;(kind === 'report' ? library.reports : library.briefings).push(cached.summary)
          continue
        }
        const loaded = await this.load(kind, id).catch((error: unknown) => {
          if (error instanceof ApiError && error.code === 'not-found') return null // deleted while listing
          throw error
        })
        if (!loaded) continue
        if (loaded.ok) {
          const summary = this.summarize(kind, loaded.doc, loaded.readOnly)
          this.summaries.set(path, { stamp, summary })
          ;(kind === 'report' ? library.reports : library.briefings).push(summary)
        } else library.damaged.push(loaded.damaged)
      }
    }
    const newestFirst = (a: ItemSummary, b: ItemSummary) => b.updatedAt.localeCompare(a.updatedAt)
    library.reports.sort(newestFirst)
    library.briefings.sort(newestFirst)
    return library
  }

  async read<K extends DocKind>(kind: K, id: string): Promise<{ doc: DocByKind[K]; readOnly: boolean }> {
    this.checkId(id)
    const loaded = await this.load(kind, id)
    if (!loaded.ok) throw new ApiError('damaged', `${KINDS[kind].noun}文件 ${loaded.damaged.fileName} 已损坏：${loaded.damaged.reason}`)
    return { doc: loaded.doc, readOnly: loaded.readOnly }
  }

  // ---- writing ----

  /** Creates a new document with a fresh id at revision 1. */
  async create<K extends DocKind>(kind: K, content: ContentByKind[K]): Promise<DocByKind[K]> {
    const id = newId(kind === 'report' ? 'r' : 'b')
    const doc = this.parseDoc(kind, {
      ...content,
      id,
      schema: KINDS[kind].schemaName,
      version: CURRENT_VERSION[kind],
      revision: 1,
      updatedAt: this.now().toISOString(),
    })
    await this.exclusive(kind, id, () => writeFileAtomic(this.path(kind, id), serialize(doc)))
    return doc
  }

  /**
   * Saves `doc` if the file on disk is still at `baseRevision`; otherwise refuses with a conflict, so a
   * second window or an older tab never overwrites newer work silently.
   */
  async save<K extends DocKind>(kind: K, input: DocByKind[K], baseRevision: number): Promise<Saved> {
    this.checkId(input.id)
    return this.exclusive(kind, input.id, async () => {
      const current = await this.load(kind, input.id)
      if (!current.ok) throw new ApiError('damaged', `${KINDS[kind].noun}文件 ${current.damaged.fileName} 已损坏，为保护原文件，本次保存未写入。请先从备份恢复。`)
      if (current.readOnly) throw new ApiError('read-only', `该${KINDS[kind].noun}由更新版本的汇报创建，只能查看，不能保存。请升级汇报后再编辑。`)
      if (current.doc.revision !== baseRevision) {
        throw new ApiError(
          'conflict',
          `${KINDS[kind].noun}已在别处修改（当前第 ${current.doc.revision} 版，您的修改基于第 ${baseRevision} 版），本次保存未写入。请重新打开后再修改。`,
        )
      }
      const doc = this.parseDoc(kind, { ...input, revision: baseRevision + 1, updatedAt: this.now().toISOString() })
      await this.backup(kind, input.id, current.doc.revision)
      await writeFileAtomic(this.path(kind, input.id), serialize(doc))
      return { revision: doc.revision, updatedAt: doc.updatedAt }
    })
  }

  async rename(kind: DocKind, id: string, title: string): Promise<ItemSummary> {
    const { doc } = await this.read(kind, id)
    const saved = await this.save(kind, { ...doc, title } as DocByKind[typeof kind], doc.revision)
    return this.summarize(kind, { ...doc, title, ...saved }, false)
  }

  async duplicate(kind: DocKind, id: string): Promise<ItemSummary> {
    const { doc } = await this.read(kind, id)
    const copy = await this.create(kind, { ...doc, title: `${doc.title}（副本）` } as ContentByKind[typeof kind])
    return this.summarize(kind, copy, false)
  }

  /** Moves the file to `.trash/`; it can be restored from the library. */
  async moveToTrash(kind: DocKind, id: string): Promise<void> {
    this.checkId(id)
    await this.exclusive(kind, id, async () => {
      const from = this.path(kind, id)
      if (!(await exists(from))) throw this.notFound(kind)
      await rename(from, join(this.trashFolder(kind), `${id}.${this.now().getTime()}.json`))
    })
  }

  async restoreFromTrash(kind: DocKind, id: string): Promise<ItemSummary> {
    this.checkId(id)
    return this.exclusive(kind, id, async () => {
      const entries = (await this.listTrash()).filter((t) => t.kind === kind && t.id === id)
      const newest = entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))[0]
      if (!newest) throw new ApiError('not-found', `回收站中没有这份${KINDS[kind].noun}。`)
      if (await exists(this.path(kind, id))) throw new ApiError('conflict', `已有同一编号的${KINDS[kind].noun}，无法恢复。`)
      await rename(join(this.trashFolder(kind), `${id}.${Date.parse(newest.deletedAt)}.json`), this.path(kind, id))
      const loaded = await this.load(kind, id)
      if (!loaded.ok) throw new ApiError('damaged', `已恢复，但文件已损坏：${loaded.damaged.reason}`)
      return this.summarize(kind, loaded.doc, loaded.readOnly)
    })
  }

  /**
   * Restores the newest backup that parses over a damaged (or unwanted) file. The file it replaces is
   * kept in `.damaged/`, never deleted.
   */
  async restoreBackup(kind: DocKind, id: string): Promise<ItemSummary> {
    this.checkId(id)
    return this.exclusive(kind, id, async () => {
      for (const file of await this.backupFiles(kind, id)) {
        const parsed = this.parseFile(kind, await readFile(join(this.backupFolder(kind, id), file), 'utf8'))
        if (!parsed.ok || parsed.readOnly) continue
        const target = this.path(kind, id)
        let currentRevision = 0
        if (await exists(target)) {
          const keep = join(this.root, '.damaged', KINDS[kind].folder)
          await mkdir(keep, { recursive: true })
          await copyFile(target, join(keep, `${id}.${this.now().getTime()}.json`))
          const current = await this.load(kind, id)
          if (current.ok) currentRevision = current.doc.revision
        }
        const revision = Math.max(parsed.doc.revision, currentRevision) + 1
        const doc = { ...parsed.doc, revision, updatedAt: this.now().toISOString() }
        await writeFileAtomic(target, serialize(doc))
        return this.summarize(kind, doc, false)
      }
      throw new ApiError('not-found', `没有可用的备份可以恢复这份${KINDS[kind].noun}。`)
    })
  }

  // ---- internals ----

  private async load<K extends DocKind>(kind: K, id: string): Promise<LoadResult<K>> {
    const fileName = `${KINDS[kind].folder}/${id}.json`
    let text: string
    try {
      text = await readFile(this.path(kind, id), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw this.notFound(kind)
      throw new ApiError('io', `无法读取文件 ${fileName}：${(error as Error).message}`)
    }
    const parsed = this.parseFile(kind, text)
    if (parsed.ok) return parsed
    return { ok: false, damaged: { kind, id, fileName, reason: parsed.reason, backups: (await this.backupFiles(kind, id)).length } }
  }

  private parseFile<K extends DocKind>(kind: K, text: string): { ok: true; doc: DocByKind[K]; readOnly: boolean } | { ok: false; reason: string } {
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      return { ok: false, reason: text.trim() === '' ? '文件是空的' : `不是有效的 JSON（${(error as Error).message}）` }
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: '文件内容不是一个对象' }
    const record = raw as Record<string, unknown>
    if (record.schema !== KINDS[kind].schemaName) return { ok: false, reason: `文件类型不对（应为 ${KINDS[kind].schemaName}）` }
    const version = typeof record.version === 'number' ? record.version : 0
    const readOnly = version > CURRENT_VERSION[kind]
    let candidate: Record<string, unknown>
    try {
      candidate = readOnly ? { ...record, version: CURRENT_VERSION[kind] } : migrate(kind, record)
    } catch (error) {
      return { ok: false, reason: `无法升级旧版本文件：${(error as Error).message}` }
    }
    const result = KINDS[kind].schema.safeParse(candidate)
    if (!result.success) {
      const issue = result.error.issues[0]
      const where = issue?.path.length ? issue.path.join('.') : '文件'
      const reason = readOnly
        ? `由更新版本的汇报创建（文件版本 ${version}），当前版本无法读取`
        : `内容不符合格式：${where} ${issue?.message ?? ''}`.trim()
      return { ok: false, reason }
    }
    return { ok: true, doc: result.data as DocByKind[K], readOnly }
  }

  private parseDoc<K extends DocKind>(kind: K, value: unknown): DocByKind[K] {
    const result = KINDS[kind].schema.safeParse(value)
    if (!result.success) {
      const issue = result.error.issues[0]
      throw new ApiError('invalid-request', `内容不符合格式：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim())
    }
    return result.data as DocByKind[K]
  }

  summarize<K extends DocKind>(kind: K, doc: DocByKind[K], readOnly = false): ItemSummary {
    return {
      kind,
      id: doc.id,
      title: doc.title,
      revision: doc.revision,
      updatedAt: doc.updatedAt,
      readOnly,
      size: KINDS[kind].size(doc as never),
    }
  }

  private async backup(kind: DocKind, id: string, revision: number): Promise<void> {
    const folder = this.backupFolder(kind, id)
    await mkdir(folder, { recursive: true })
    const name = `${String(revision).padStart(8, '0')}.json`
    // Copy through a temp file so a crash never leaves a half-written backup under a real name.
    const temp = join(folder, `.${name}${TEMP_SUFFIX}`)
    await copyFile(this.path(kind, id), temp)
    await rename(temp, join(folder, name))
    const files = await this.backupFiles(kind, id)
    for (const old of files.slice(BACKUPS_KEPT)) await rm(join(folder, old), { force: true })
  }

  /** Backup file names, newest revision first. */
  private async backupFiles(kind: DocKind, id: string): Promise<string[]> {
    const names = await readdir(this.backupFolder(kind, id)).catch(() => [] as string[])
    return names.filter((n) => /^\d+\.json$/.test(n)).sort().reverse()
  }

  private async listTrash(): Promise<TrashItem[]> {
    const items: TrashItem[] = []
    for (const kind of Object.keys(KINDS) as DocKind[]) {
      const names = await readdir(this.trashFolder(kind)).catch(() => [] as string[])
      for (const name of names) {
        const match = /^([a-z0-9][a-z0-9-]{0,63})\.(\d+)\.json$/.exec(name)
        if (!match) continue
        const [, id = '', stamp = '0'] = match
        let title = id
        try {
          const raw = JSON.parse(await readFile(join(this.trashFolder(kind), name), 'utf8')) as { title?: unknown }
          if (typeof raw.title === 'string') title = raw.title
        } catch {
          // A damaged file in the trash still shows, under its id.
        }
        items.push({ kind, id, title, deletedAt: new Date(Number(stamp)).toISOString() })
      }
    }
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
  }

  private async ids(kind: DocKind): Promise<string[]> {
    const names = await readdir(this.folder(kind)).catch(() => [] as string[])
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter(isValidId)
      .sort()
  }

  /** Temp files left by a crash mid-write. Young ones may belong to another process still writing. */
  private async removeStaleTempFiles(folder: string): Promise<void> {
    for (const name of await readdir(folder)) {
      if (!name.endsWith(TEMP_SUFFIX)) continue
      const info = await stat(join(folder, name)).catch(() => null)
      if (info && Date.now() - info.mtimeMs > 60_000) await rm(join(folder, name), { force: true })
    }
  }

  /** Runs `task` after every earlier task on the same file has finished. */
  private exclusive<T>(kind: DocKind, id: string, task: () => Promise<T>): Promise<T> {
    const key = `${kind}/${id}`
    const previous = this.queues.get(key) ?? Promise.resolve()
    const next = previous.then(task, task)
    const settled = next.catch(() => undefined)
    this.queues.set(key, settled)
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key)
    })
    return next
  }

  private checkId(id: string): void {
    if (!isValidId(id)) throw new ApiError('invalid-id', `编号“${String(id).slice(0, 80)}”无效：只能包含小写字母、数字和连字符。`)
  }

  private notFound(kind: DocKind): ApiError {
    return new ApiError('not-found', `找不到这份${KINDS[kind].noun}，它可能已被删除。`)
  }

  private folder(kind: DocKind): string {
    return join(this.root, KINDS[kind].folder)
  }
  private trashFolder(kind: DocKind): string {
    return join(this.root, '.trash', KINDS[kind].folder)
  }
  private backupFolder(kind: DocKind, id: string): string {
    return join(this.root, '.backup', KINDS[kind].folder, id)
  }
  private path(kind: DocKind, id: string): string {
    return join(this.folder(kind), `${id}.json`)
  }
}

function serialize(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
