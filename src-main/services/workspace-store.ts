import { copyFile, lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ZodType } from 'zod'
import { ApiError } from '../../src-shared/errors'
import { isValidId, newId } from '../../src-shared/ids'
import { displayName, withoutBidiControls } from '../../src-shared/display-text'
import { REPORT_SCHEMA, ReportDocSchema, type ReportContent, type ReportDoc } from '../../src-shared/schemas/report'
import { BRIEFING_SCHEMA, BriefingDocSchema, type BriefingContent, type BriefingDoc } from '../../src-shared/schemas/briefing'
import type { DamagedFile, DocKind, ItemSummary, Library, Saved, TrashItem } from '../../src-shared/api'
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-write'
import { describeReadFailure, describeSchemaIssue, documentStamp, NotARegularFile, parseJson, readDocumentText } from './document-file'
import { LockBusyError, withFileLock, type FileLockOptions } from './file-lock'
import { CURRENT_VERSION, migrate } from './migrations'
import { errnoOf, toStorageError, withStorageErrors, workspaceError } from './storage-errors'

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
  | { ok: true; doc: DocByKind[K]; readOnly: boolean; text: string }
  | { ok: false; damaged: DamagedFile }

/** What the store lists; the api adds who else has the workspace open. */
export type WorkspaceListing = Omit<Library, 'openElsewhere'>

export interface WorkspaceStoreOptions {
  /** The cross-process lock around each write (tests shorten its waits). */
  lock?: FileLockOptions
}

const NOT_HUIBAO_FILE = '文件名不是汇报使用的格式（如 r-2k9x7m3q1a.json）'

/**
 * The local JSON workspace (DESIGN.md, “Data on disk”). One file per document, atomic writes, the last
 * revisions in `.backup/`, revision-checked saves, damaged files listed and never overwritten, files of a
 * newer version opened read-only, and a trash that can be restored.
 *
 * Every change to a document runs under its lock file in `.locks/` (file-lock.ts), so the revision check
 * and the write are one step across every process that has the workspace open: of two saves built on the
 * same revision, in one process or in two, exactly one is written.
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
    private readonly options: WorkspaceStoreOptions = {},
  ) {}

  async init(): Promise<void> {
    await withStorageErrors(async () => {
      for (const kind of Object.keys(KINDS) as DocKind[]) {
        await mkdir(this.folder(kind), { recursive: true })
        await mkdir(join(this.root, '.trash', KINDS[kind].folder), { recursive: true })
        await this.removeStaleTempFiles(this.folder(kind))
      }
      await mkdir(join(this.root, 'assets'), { recursive: true })
      await mkdir(join(this.root, '.locks'), { recursive: true })
      // A lock's record is written beside it first; a crash at that moment leaves one behind.
      await this.removeStaleTempFiles(join(this.root, '.locks'))
    })
  }

  // ---- reading ----

  /**
   * Everything in the workspace. Never fails as a whole: an entry that cannot be read is listed as
   * damaged with the reason, and a file whose name is not `<id>.json` is listed as not a Huibao file.
   */
  async list(): Promise<WorkspaceListing> {
    const library: WorkspaceListing = { reports: [], briefings: [], damaged: [], foreign: [], trash: await this.listTrash() }
    for (const kind of Object.keys(KINDS) as DocKind[]) {
      const folder = KINDS[kind].folder
      let names: string[]
      try {
        names = await readdir(this.folder(kind))
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT') library.foreign.push({ kind, fileName: `${folder}/`, reason: `无法列出这个文件夹：${describeReadFailure(error)}` })
        continue
      }
      for (const name of names.sort()) {
        if (name.startsWith('.')) continue // temp files of a write in progress
        const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
        if (!isValidId(id)) {
          library.foreign.push({ kind, fileName: `${folder}/${displayName(name)}`, reason: NOT_HUIBAO_FILE })
          continue
        }
        try {
          const entry = await this.listEntry(kind, id)
          if (entry && 'summary' in entry) (kind === 'report' ? library.reports : library.briefings).push(entry.summary)
          else if (entry) library.damaged.push(entry.damaged)
        } catch (error) {
          library.damaged.push({ kind, id, fileName: `${folder}/${name}`, reason: describeReadFailure(error), backups: (await this.backupFiles(kind, id)).length })
        }
      }
    }
    const newestFirst = (a: ItemSummary, b: ItemSummary) => b.updatedAt.localeCompare(a.updatedAt)
    library.reports.sort(newestFirst)
    library.briefings.sort(newestFirst)
    return library
  }

  /** One document for the listing; null when it was deleted while listing. */
  private async listEntry(kind: DocKind, id: string): Promise<{ summary: ItemSummary } | { damaged: DamagedFile } | null> {
    const path = this.path(kind, id)
    let stamp: string
    try {
      stamp = await documentStamp(path)
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null
      throw error
    }
    const cached = this.summaries.get(path)
    if (cached?.stamp === stamp) return { summary: cached.summary }
    const loaded = await this.load(kind, id).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'not-found') return null
      throw error
    })
    if (!loaded) return null
    if (!loaded.ok) return { damaged: loaded.damaged }
    const summary = this.summarize(kind, loaded.doc, loaded.readOnly)
    this.summaries.set(path, { stamp, summary })
    return { summary }
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
      title: withoutBidiControls(content.title),
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
   *
   * The new revision is written first and the previous one copied to `.backup/` after, from memory: on a
   * nearly full disk a save needs room for the new file only (the rename frees the old file's space, which
   * the backup then takes), so a save that fits succeeds. A backup that cannot be written is reported in
   * the log and does not undo the save.
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
      const doc = this.parseDoc(kind, { ...input, title: withoutBidiControls(input.title), revision: baseRevision + 1, updatedAt: this.now().toISOString() })
      await writeFileAtomic(this.path(kind, input.id), serialize(doc))
      await this.backup(kind, input.id, current.doc.revision, current.text).catch((error: unknown) => {
        console.warn(`[huibao] saved ${kind} ${input.id} revision ${doc.revision}, but could not keep a backup of revision ${current.doc.revision}:`, error)
      })
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
   * Restores the newest backup that parses over a damaged (or unwanted) file. What it replaces is kept
   * in `.damaged/`, never deleted: a file is copied there, anything else (a link, a folder) moved there.
   */
  async restoreBackup(kind: DocKind, id: string): Promise<ItemSummary> {
    this.checkId(id)
    return this.exclusive(kind, id, async () => {
      for (const file of await this.backupFiles(kind, id)) {
        const text = await readDocumentText(join(this.backupFolder(kind, id), file)).catch(() => null)
        const parsed = text === null ? null : this.parseFile(kind, text)
        if (!parsed?.ok || parsed.readOnly) continue
        const target = this.path(kind, id)
        let currentRevision = 0
        const present = await lstat(target).catch(() => null)
        if (present) {
          const keep = join(this.root, '.damaged', KINDS[kind].folder)
          await mkdir(keep, { recursive: true })
          const kept = join(keep, `${id}.${this.now().getTime()}.json`)
          if (present.isFile()) {
            await copyFile(target, kept)
            const current = await this.load(kind, id)
            if (current.ok) currentRevision = current.doc.revision
          } else await rename(target, kept)
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
      text = await readDocumentText(this.path(kind, id))
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') throw this.notFound(kind)
      if (error instanceof NotARegularFile) return { ok: false, damaged: { kind, id, fileName, reason: error.reason, backups: (await this.backupFiles(kind, id)).length } }
      throw toStorageError(error)
    }
    const parsed = this.parseFile(kind, text)
    if (parsed.ok) return { ...parsed, text }
    return { ok: false, damaged: { kind, id, fileName, reason: parsed.reason, backups: (await this.backupFiles(kind, id)).length } }
  }

  private parseFile<K extends DocKind>(kind: K, text: string): { ok: true; doc: DocByKind[K]; readOnly: boolean } | { ok: false; reason: string } {
    const json = parseJson(text)
    if (!json.ok) return json
    const raw = json.value
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: '文件内容不是一个对象' }
    const record = raw as Record<string, unknown>
    if (record.schema !== KINDS[kind].schemaName) return { ok: false, reason: `文件类型不对（应为 ${KINDS[kind].schemaName}）` }
    const version = typeof record.version === 'number' ? record.version : 0
    const readOnly = version > CURRENT_VERSION[kind]
    let candidate: Record<string, unknown>
    try {
      candidate = readOnly ? { ...record, version: CURRENT_VERSION[kind] } : migrate(kind, record)
    } catch {
      return { ok: false, reason: `无法把第 ${Number.isInteger(version) ? version : '?'} 版的文件升级到当前版本` }
    }
    const result = KINDS[kind].schema.safeParse(candidate)
    if (!result.success) {
      const reason = readOnly ? `由更新版本的汇报创建（文件版本 ${version}），当前版本无法读取` : describeSchemaIssue(result.error.issues[0])
      return { ok: false, reason }
    }
    // A title is shown everywhere (library, editor, show, PDF file name): never with bidi controls in it.
    const doc = result.data as DocByKind[K]
    return { ok: true, doc: { ...doc, title: withoutBidiControls(doc.title) }, readOnly }
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
      title: displayName(doc.title, 200),
      revision: doc.revision,
      updatedAt: doc.updatedAt,
      readOnly,
      size: KINDS[kind].size(doc as never),
      ...(kind === 'report' ? { year: (doc as ReportDoc).year, place: (doc as ReportDoc).place } : {}),
    }
  }

  /** Keeps `text` (the file at `revision`) in `.backup/`, after pruning, so the oldest go first on a full disk. */
  private async backup(kind: DocKind, id: string, revision: number, text: string): Promise<void> {
    const folder = this.backupFolder(kind, id)
    await mkdir(folder, { recursive: true })
    const name = `${String(revision).padStart(8, '0')}.json`
    const older = (await this.backupFiles(kind, id)).filter((n) => n !== name)
    for (const old of older.slice(BACKUPS_KEPT - 1)) await rm(join(folder, old), { force: true })
    // Atomic, so a crash never leaves a half-written backup under a real name; not flushed, as before.
    await writeFileAtomic(join(folder, name), text, { durable: false })
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
          const json = parseJson(await readDocumentText(join(this.trashFolder(kind), name)))
          const raw = json.ok ? (json.value as { title?: unknown } | null) : null
          if (typeof raw?.title === 'string') title = displayName(raw.title, 200)
        } catch {
          // A damaged or unreadable file in the trash still shows, under its id.
        }
        items.push({ kind, id, title, deletedAt: new Date(Number(stamp)).toISOString() })
      }
    }
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
  }

  /** Temp files left by a crash mid-write. Young ones may belong to another process still writing. */
  private async removeStaleTempFiles(folder: string): Promise<void> {
    for (const name of await readdir(folder)) {
      if (!name.endsWith(TEMP_SUFFIX)) continue
      const info = await stat(join(folder, name)).catch(() => null)
      if (info && Date.now() - info.mtimeMs > 60_000) await rm(join(folder, name), { force: true })
    }
  }

  /**
   * Runs `task` after every earlier task on the same file in this process has finished, holding the
   * file's lock against other processes; disk errors come out with specific messages.
   */
  private exclusive<T>(kind: DocKind, id: string, task: () => Promise<T>): Promise<T> {
    const key = `${kind}/${id}`
    const locked = () =>
      withFileLock(this.lockPath(kind, id), task, this.options.lock).catch((error: unknown) => {
        throw error instanceof LockBusyError ? workspaceError('busy') : toStorageError(error)
      })
    const previous = this.queues.get(key) ?? Promise.resolve()
    const next = previous.then(locked, locked)
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
  private lockPath(kind: DocKind, id: string): string {
    return join(this.root, '.locks', `${KINDS[kind].folder}-${id}.lock`)
  }
  private path(kind: DocKind, id: string): string {
    return join(this.folder(kind), `${id}.json`)
  }
}

function serialize(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

/** True when anything is at `path` (a link is not followed). */
async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  )
}
