/**
 * Errors that cross the process boundary. The code tells the UI what to offer (retry, reload, restore);
 * the message is a complete sentence in Chinese that a user can act on.
 */
export const API_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'conflict',
  'read-only',
  'damaged',
  'invalid-id',
  'import-failed',
  'io',
  'forbidden',
  /** Too much is running already (e.g. the export queue is full): try again in a moment. */
  'busy',
  /** The request was cancelled (its window closed, or the app is quitting). */
  'cancelled',
  'internal',
] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface ApiErrorPayload {
  code: ApiErrorCode
  message: string
}

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return { code: error.code, message: error.message }
  return { code: 'internal', message: '发生了意外错误，操作未完成。您的数据未被改动，请重试。' }
}

export function isErrorPayload(value: unknown): value is ApiErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorPayload).code === 'string' &&
    (API_ERROR_CODES as readonly string[]).includes((value as ApiErrorPayload).code) &&
    typeof (value as ApiErrorPayload).message === 'string'
  )
}
