import { constants, type Stats } from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import type { z } from 'zod'
import { ApiError } from '../../src-shared/errors'
import { errnoOf } from './storage-errors'

/**
 * Reading one document file from the workspace as untrusted input: links are not followed (a symlink to
 * /etc/passwd stays unread), folders and devices are refused, a UTF-8 BOM (Notepad's habit) is dropped,
 * and nothing said about a bad file ever quotes the file's content.
 */

/** Not a regular file (a link, a folder, a device): listed as damaged with this reason, never read. */
export class NotARegularFile extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'NotARegularFile'
  }
}

const REASONS = {
  symlink: '这是一个指向别处的链接（快捷方式），为安全起见汇报不会读取它。',
  folder: '这是一个文件夹，不是汇报的文件。',
  special: '这不是普通文件，汇报不会读取它。',
  permission: '没有权限读取这个文件（可能正被其他程序占用）。',
} as const

function checkRegular(info: Stats): void {
  if (info.isSymbolicLink()) throw new NotARegularFile(REASONS.symlink)
  if (info.isDirectory()) throw new NotARegularFile(REASONS.folder)
  if (!info.isFile()) throw new NotARegularFile(REASONS.special)
}

/** What identifies this version of the file (changes with every write); throws NotARegularFile or an fs error. */
export async function documentStamp(path: string): Promise<string> {
  const info = await lstat(path)
  checkRegular(info)
  return `${info.mtimeMs}:${info.size}:${info.ino}`
}

/** O_NOFOLLOW where the platform has it (not Windows, where `documentStamp`'s lstat guards instead). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)

/** The file's text without a BOM; throws NotARegularFile or an fs error (ENOENT when it is gone). */
export async function readDocumentText(path: string): Promise<string> {
  await documentStamp(path)
  let handle
  try {
    handle = await open(path, READ_FLAGS)
  } catch (error) {
    if (errnoOf(error) === 'ELOOP') throw new NotARegularFile(REASONS.symlink)
    if (errnoOf(error) === 'EISDIR') throw new NotARegularFile(REASONS.folder)
    throw error
  }
  try {
    // Between the lstat and the open the name may have been swapped for something else.
    checkRegular(await handle.stat())
    const text = await handle.readFile('utf8')
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } finally {
    await handle.close()
  }
}

/** Why a file could not be read, in a sentence for the library. Never includes the file's content. */
export function describeReadFailure(error: unknown): string {
  if (error instanceof NotARegularFile) return error.reason
  if (error instanceof ApiError && error.code === 'no-permission') return REASONS.permission
  const errno = errnoOf(error)
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EBUSY') return REASONS.permission
  if (errno && /^E[A-Z]+$/.test(errno)) return `无法读取这个文件（错误代码 ${errno}）。`
  return '无法读取这个文件。'
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string }

/**
 * JSON.parse with a reason that says where, not what: V8's own message quotes the text it failed on
 * (`Unexpected token 'r', "root:x:0:0:"... is not valid JSON`), which would echo the file into the UI.
 */
export function parseJson(text: string): JsonParse {
  if (text.trim() === '') return { ok: false, reason: '文件是空的' }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN)
    if (/end of JSON input/i.test(message) || position >= text.trimEnd().length) {
      return { ok: false, reason: '不是有效的 JSON（文件在中途结束，可能只写了一半）' }
    }
    if (Number.isNaN(position)) return { ok: false, reason: '不是有效的 JSON' }
    const before = text.slice(0, position)
    const line = before.split('\n').length
    const column = position - before.lastIndexOf('\n')
    return { ok: false, reason: `不是有效的 JSON（第 ${line} 行第 ${column} 列附近）` }
  }
}

const ISSUE_WORDS: Record<string, string> = {
  invalid_type: '类型不对',
  too_big: '太长或太大',
  too_small: '太短或太小',
  invalid_format: '格式不对',
  not_multiple_of: '数值不对',
  unrecognized_keys: '含有无法识别的字段',
  invalid_union: '不符合任何一种格式',
  invalid_key: '字段名不对',
  invalid_element: '其中的值不对',
  invalid_value: '取值不对',
}

/**
 * Where a file breaks its schema and how, e.g. `slides.3.title 类型不对`. Path parts that are not plain
 * field names or indexes (keys taken from the file itself) are shown as “…”, and zod's message, which
 * may quote values or keys, is not used.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '内容不符合格式'
  const where = issue.path.map((part) => (typeof part === 'number' || (typeof part === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(part)) ? String(part) : '…')).join('.')
  return `内容不符合格式：${where || '文件'} ${ISSUE_WORDS[issue.code] ?? '不符合要求'}`
}
