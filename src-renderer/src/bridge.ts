import { api, type ApiName, type ApiRequest, type ApiResponse, type ApiResult, type HuibaoApi, type HuibaoBridge } from '@shared/api'
import type { MenuAction } from '@shared/api-channels'
import { ApiError, isErrorPayload } from '@shared/errors'

/**
 * The only renderer file that knows how the api is reached: `window.huibao` from the preload in the
 * desktop app, or HTTP to the local web host (with its per-run token) in browser mode. Responses are
 * validated against the same schemas the host used, and errors arrive as ApiError.
 */

declare global {
  interface Window {
    huibao?: HuibaoBridge
  }
}

const TOKEN_KEY = 'huibao.token'

export type BridgeMode = 'desktop' | 'web'

export function bridgeMode(): BridgeMode {
  return window.huibao ? 'desktop' : 'web'
}

/** Takes the token from `?token=` once, keeps it for this tab, and removes it from the address bar. */
function webToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

async function callHttp(name: ApiName, request: unknown, token: string): Promise<ApiResult<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-huibao-token': token },
      body: JSON.stringify(request ?? {}),
    })
  } catch {
    return { ok: false, error: { code: 'io', message: '无法连接到汇报服务。请确认 npm run web 仍在运行，然后重试。' } }
  }
  const body: unknown = await response.json().catch(() => null)
  if (body && typeof body === 'object' && 'ok' in body) return body as ApiResult<unknown>
  return { ok: false, error: { code: 'internal', message: `汇报服务返回了无法识别的结果（HTTP ${response.status}）。` } }
}

function createApi(): HuibaoApi {
  const desktop = window.huibao
  const token = desktop ? '' : webToken()
  const entries = (Object.keys(api) as ApiName[]).map((name) => {
    const call = async (request: unknown) => {
      const result: ApiResult<unknown> = desktop
        ? await (desktop[name] as (r: unknown) => Promise<ApiResult<unknown>>)(request)
        : await callHttp(name, request, token)
      if (!result.ok) {
        const error = isErrorPayload(result.error) ? result.error : { code: 'internal' as const, message: '未知错误' }
        throw new ApiError(error.code, error.message)
      }
      const parsed = api[name].response.safeParse(result.value)
      if (!parsed.success) throw new ApiError('internal', '收到的数据格式不对，已停止以免损坏您的文件。')
      return parsed.data
    }
    return [name, call] as const
  })
  return Object.fromEntries(entries) as HuibaoApi
}

let instance: HuibaoApi | null = null

export function useApi(): HuibaoApi {
  instance ??= createApi()
  return instance
}

export type { ApiRequest, ApiResponse }

/** Application-menu commands (desktop only; the browser has no app menu). */
export function onMenuAction(listener: (action: MenuAction) => void): () => void {
  return window.huibao?.onMenuAction(listener) ?? (() => undefined)
}
