import { ApiError, WORKSPACE_ERROR_MESSAGES, type WorkspaceErrorCode } from '../../src-shared/errors'

/** The operating system's error codes for a disk or folder that refuses, and what the person is told. */
const BY_ERRNO: Record<string, WorkspaceErrorCode> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'disk-read-only',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  // Windows: the file is open in another program (an editor, a backup tool, an antivirus scan).
  EBUSY: 'no-permission',
}

export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : undefined
}

export function workspaceError(code: WorkspaceErrorCode): ApiError {
  return new ApiError(code, WORKSPACE_ERROR_MESSAGES[code]['zh-CN'])
}

/**
 * Turns a file-system failure into an ApiError with a specific sentence (full disk, read-only disk, no
 * permission), or a generic I/O sentence naming the error code. ApiErrors and other errors pass through.
 */
export function toStorageError(error: unknown): unknown {
  if (error instanceof ApiError) return error
  const errno = errnoOf(error)
  if (!errno || !/^E[A-Z]+$/.test(errno)) return error
  const known = BY_ERRNO[errno]
  if (known) return workspaceError(known)
  return new ApiError('io', `读写工作区中的文件时出错（错误代码 ${errno}），操作没有完成，磁盘上的文件保持原样。请重试。`)
}

/** Runs `task`; a file-system failure comes out as the ApiError `toStorageError` makes of it. */
export async function withStorageErrors<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task()
  } catch (error) {
    throw toStorageError(error)
  }
}
