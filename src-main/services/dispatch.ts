import { api, type ApiName, type ApiResult } from '../../src-shared/api'
import { ApiError, toErrorPayload } from '../../src-shared/errors'
import type { ApiHandlers, CallContext } from './api-handlers'

/**
 * Validates a raw payload against the entry's request schema, runs the handler, and wraps the outcome in
 * an ApiResult. IPC and HTTP both call this, so neither can skip validation.
 */
export async function dispatch(handlers: ApiHandlers, name: ApiName, payload: unknown, call: CallContext = {}): Promise<ApiResult<unknown>> {
  const entry = api[name]
  const parsed = entry.request.safeParse(payload ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || '请求'
    return { ok: false, error: { code: 'invalid-request', message: `请求内容无效：${where} ${issue?.message ?? ''}`.trim() } }
  }
  try {
    const handler = handlers[name] as (request: unknown, call: CallContext) => Promise<unknown>
    const value = await handler(parsed.data, call)
    return { ok: true, value }
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(`[huibao] ${name} failed:`, error)
    return { ok: false, error: toErrorPayload(error) }
  }
}

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(api, name)
}
