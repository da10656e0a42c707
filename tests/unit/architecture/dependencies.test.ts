/**
 * The dependency rules of DESIGN.md, checked on every source file:
 * - src-shared imports nothing of the other parts, no node:* and no Electron or DOM-only module, and uses
 *   no DOM or Node global (it compiles against the ECMAScript library alone);
 * - services never import Electron, nor the programs built on them;
 * - the renderer never imports src-main (nor Node or Electron);
 * - desktop/, web/ and cli/ do not import each other.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = process.cwd()
const PARTS = ['src-shared', 'src-main', 'src-renderer'] as const
const PROGRAMS = ['desktop', 'web', 'cli'] as const

/** Where a module lives: a part of this repository (with its program for src-main), or a package. */
type Place =
  | { kind: 'repo'; part: (typeof PARTS)[number] | 'other'; program: string | null; path: string }
  | { kind: 'package'; name: string; builtin: boolean }

interface ImportEdge {
  from: string
  specifier: string
  typeOnly: boolean
}

function placeOfFile(path: string): Place {
  const rel = relative(ROOT, path).split(sep)
  const part = (PARTS as readonly string[]).includes(rel[0]!) ? (rel[0] as (typeof PARTS)[number]) : 'other'
  const program = part === 'src-main' ? (rel[1] ?? null) : null
  return { kind: 'repo', part, program, path: rel.join('/') }
}

function placeOf(edge: ImportEdge): Place {
  const s = edge.specifier
  if (s.startsWith('.')) return placeOfFile(resolve(dirname(join(ROOT, edge.from)), s))
  if (s.startsWith('@shared/')) return placeOfFile(join(ROOT, 'src-shared', s.slice('@shared/'.length)))
  const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!
  const builtin = s.startsWith('node:') || builtinModules.includes(name)
  return { kind: 'package', name, builtin }
}

/** Packages src-shared may use: pure, running alike in Node, the browser and Electron. A new one is added here on purpose. */
// linebreak: the Unicode line-breaking rules (UAX #14) the text-fitting rule follows; pure JS with its data inlined.
const SHARED_PACKAGES = ['zod', 'echarts', 'linebreak']
/** Packages that need a DOM or Electron: never in src-shared or services. */
const DOM_OR_ELECTRON = ['electron', 'vue', 'vue-router', 'pinia', 'vue-i18n', '@vue/test-utils', '@vue/runtime-dom']

/** The rule an import breaks, or null. */
function brokenRule(edge: ImportEdge): string | null {
  const from = placeOfFile(join(ROOT, edge.from))
  const to = placeOf(edge)
  if (from.kind !== 'repo') return null
  if (from.part === 'src-shared') {
    if (to.kind === 'repo' && to.part !== 'src-shared') return 'src-shared imports nothing of the other parts'
    if (to.kind === 'package' && to.builtin) return 'src-shared uses no node:* module'
    if (to.kind === 'package' && !SHARED_PACKAGES.includes(to.name)) return `src-shared uses only pure packages (${SHARED_PACKAGES.join(', ')})`
  }
  if (from.part === 'src-renderer') {
    if (to.kind === 'repo' && to.part === 'src-main') return 'the renderer never imports src-main'
    if (to.kind === 'package' && (to.builtin || to.name === 'electron')) return 'the renderer reaches Node and Electron only through the api'
  }
  if (from.part === 'src-main') {
    if (to.kind === 'repo' && to.part === 'src-renderer') return 'src-main never imports the renderer'
    if (from.program === 'services') {
      if (to.kind === 'package' && DOM_OR_ELECTRON.includes(to.name)) return 'services never import Electron (or a DOM library)'
      if (to.kind === 'repo' && to.part === 'src-main' && (PROGRAMS as readonly string[]).includes(to.program ?? '')) return 'services never import the programs built on them'
    }
    if ((PROGRAMS as readonly string[]).includes(from.program ?? '') && to.kind === 'repo' && to.part === 'src-main') {
      if ((PROGRAMS as readonly string[]).includes(to.program ?? '') && to.program !== from.program) return 'desktop/, web/ and cli/ do not import each other'
    }
  }
  return null
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|vue)$/.test(f))
    .map((f) => join(dir, f).split(sep).join('/'))
}

/** The script blocks of a .vue file, the whole text of a .ts file. */
function scriptOf(path: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8')
  if (!path.endsWith('.vue')) return text
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

function importsOf(path: string, text = scriptOf(path)): ImportEdge[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const edges: ImportEdge[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly
      edges.push({ from: path, specifier: node.moduleSpecifier.text, typeOnly })
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression
      const dynamic = callee.kind === ts.SyntaxKind.ImportKeyword
      const viMock = ts.isPropertyAccessExpression(callee) && callee.name.text === 'mock'
      if (dynamic || viMock) edges.push({ from: path, specifier: node.arguments[0].text, typeOnly: false })
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      edges.push({ from: path, specifier: node.argument.literal.text, typeOnly: true })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edges
}

const files = PARTS.flatMap(sourceFiles)

describe('dependency rules', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(100)
    const edges = files.flatMap((f) => importsOf(f))
    // The reader sees every kind of import: the preload's electron, a lazy route, a type-only import.
    expect(edges).toContainEqual({ from: 'src-main/desktop/preload.ts', specifier: 'electron', typeOnly: false })
    expect(edges).toContainEqual({ from: 'src-renderer/src/router.ts', specifier: './views/BriefingView.vue', typeOnly: false })
    expect(edges.some((e) => e.from.startsWith('src-shared/') && e.typeOnly)).toBe(true)
  })

  it('flags each kind of forbidden import', () => {
    const rule = (from: string, specifier: string) => brokenRule({ from, specifier, typeOnly: false })
    expect(rule('src-shared/charts/format.ts', '../../src-main/services/sample')).toMatch(/src-shared/)
    expect(rule('src-shared/charts/format.ts', '../../src-renderer/src/bridge')).toMatch(/src-shared/)
    expect(rule('src-shared/ids.ts', 'node:crypto')).toMatch(/node/)
    expect(rule('src-shared/ids.ts', 'fs')).toMatch(/node/)
    expect(rule('src-shared/ids.ts', 'electron')).toMatch(/pure packages/)
    expect(rule('src-shared/ids.ts', 'vue')).toMatch(/pure packages/)
    expect(rule('src-main/services/sample.ts', 'electron')).toMatch(/Electron/)
    expect(rule('src-main/services/sample.ts', '../desktop/windows')).toMatch(/programs/)
    expect(rule('src-renderer/src/bridge.ts', '../../src-main/services/sample')).toMatch(/renderer/)
    expect(rule('src-renderer/src/bridge.ts', 'node:path')).toMatch(/renderer/)
    expect(rule('src-main/cli/main.ts', '../web/host')).toMatch(/each other/)
    expect(rule('src-main/web/main.ts', '../desktop/index')).toMatch(/each other/)
    // Allowed: shared code everywhere, services from the programs, a program's own files.
    expect(rule('src-main/cli/main.ts', '../services/import')).toBeNull()
    expect(rule('src-main/cli/main.ts', './args')).toBeNull()
    expect(rule('src-main/desktop/menu.ts', '../../src-shared/api-channels')).toBeNull()
    expect(rule('src-renderer/src/stores/deck.ts', '@shared/briefing/deck-operations')).toBeNull()
    expect(rule('src-shared/charts/chart-option.ts', 'echarts')).toBeNull()
  })

  it('holds for every import in src-shared, src-main and src-renderer', () => {
    const broken = files
      .flatMap((f) => importsOf(f))
      .map((edge) => ({ edge, rule: brokenRule(edge) }))
      .filter((b) => b.rule !== null)
      .map((b) => `${b.edge.from} → ${b.edge.specifier}: ${b.rule}`)
    expect(broken).toEqual([])
  })

  it('src-shared uses no DOM or Node global: it compiles against the ECMAScript library alone', () => {
    // What Node, Chromium and Electron all provide; anything else (window, document, process, Buffer…) fails.
    const UNIVERSAL = '/__universal-globals.d.ts'
    const universal = `declare function structuredClone<T>(value: T): T
declare var crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T }`
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
    }
    const host = ts.createCompilerHost(options)
    const getSourceFile = host.getSourceFile.bind(host)
    host.getSourceFile = (name, language, ...rest) =>
      name === UNIVERSAL ? ts.createSourceFile(name, universal, language) : getSourceFile(name, language, ...rest)
    const fileExists = host.fileExists.bind(host)
    host.fileExists = (name) => name === UNIVERSAL || fileExists(name)
    const shared = files.filter((f) => f.startsWith('src-shared/')).map((f) => join(ROOT, f))
    const program = ts.createProgram([...shared, UNIVERSAL], options, host)
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.includes('/src-shared/'))
      .map((d) => `${relative(ROOT, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
    expect(problems).toEqual([])
  }, 180_000)
})
