import { describe, expect, it } from 'vitest'
import zhCN from '../../../src-renderer/src/i18n/zh-CN'
import en from '../../../src-renderer/src/i18n/en'

type Messages = Record<string, unknown>
const features = import.meta.glob<Record<'zh-CN' | 'en', Messages>>('../../../src-renderer/src/i18n/features/*.ts', { eager: true, import: 'default' })

function keys(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix]
  return Object.entries(messages).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('interface text', () => {
  it('has every Chinese string in English too, and nothing extra', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
    expect(Object.keys(features).length).toBeGreaterThan(0)
    for (const [file, feature] of Object.entries(features)) {
      expect(keys(feature.en).sort(), file).toEqual(keys(feature['zh-CN']).sort())
    }
  })

  it('keeps each feature under its own top-level keys, so none overwrites another', () => {
    const seen = new Map<string, string>()
    for (const top of Object.keys(zhCN)) seen.set(top, 'zh-CN.ts')
    for (const [file, feature] of Object.entries(features)) {
      for (const top of Object.keys(feature['zh-CN'])) {
        expect(seen.get(top), `${file} reuses “${top}”`).toBeUndefined()
        seen.set(top, file)
      }
    }
  })
})
