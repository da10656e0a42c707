import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
/** The one place colours are written: the slide themes and the app's UI palette. */
const THEMES = 'src-shared/slides/themes/'
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(/g

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue|css|html)$/.test(name) ? [path] : []
  })
}

describe('colours', () => {
  it('are written only in the themes folder: no colour literal anywhere else in the sources', () => {
    const offenders: string[] = []
    for (const dir of ['src-shared', 'src-main', 'src-renderer']) {
      for (const file of files(join(root, dir))) {
        const rel = relative(root, file).replace(/\\/g, '/')
        if (rel.startsWith(THEMES)) continue
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            for (const m of line.matchAll(COLOUR)) offenders.push(`${rel}:${i + 1} ${m[0]}`)
          })
      }
    }
    expect(offenders).toEqual([])
  })
})
