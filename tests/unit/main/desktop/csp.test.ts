import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../../src-shared/content-security-policy'

describe('content security policy of the renderer page', () => {
  const html = readFileSync('src-renderer/index.html', 'utf8')
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]))

  it('is present and strict', () => {
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['base-uri']).toEqual(["'none'"])
  })

  it('is the policy both hosts send as a header', () => {
    expect(csp.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no eval and no remote origin anywhere', () => {
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/https?:|\*/)
  })
})
