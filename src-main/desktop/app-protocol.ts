import { protocol, type CustomScheme } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../src-shared/content-security-policy'
import { readStaticFile } from '../services/static-files'

/**
 * The renderer is served from `app://huibao/…`, a privileged custom scheme, rather than file:// (Electron's
 * security checklist, “avoid file://”): a page can then reach nothing on disk but the built renderer, it
 * has a real origin of its own (storage, BroadcastChannel between the show's windows), and its responses
 * carry the Content Security Policy as a header.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'huibao'
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard: relative URLs and an origin like http's; secure: a secure context, as https would be.
  // No bypassCSP, no service workers, no CORS for other origins.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

const HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }

/** Answers `app://huibao/<path>` from `rendererDir`; nothing outside it, no other host, GET and HEAD only. */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url)
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response('Not found', { status: 404, headers: HEADERS })
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers: HEADERS })
    const found = await readStaticFile(rendererDir, url.pathname)
    if (!found.ok) return new Response(found.status === 400 ? 'Bad request' : 'Not found', { status: found.status, headers: HEADERS })
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.data), {
      status: 200,
      headers: {
        ...HEADERS,
        'content-type': found.contentType,
        ...(found.isPage ? { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' } : {}),
      },
    })
  }
}

/** Must run once the app is ready, before the first window loads. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir))
}
