/**
 * `huibao import FILE [--json] [--workspace DIR]`: analyse a report file and print it; with a workspace (the flag
 * or HUIBAO_WORKSPACE) the report is also stored there, so the app lists it as if imported in the app.
 */
import { readFile, stat } from 'node:fs/promises'
import type { ReportContent, ReportDoc } from '../../src-shared/schemas/report'
import { CliError, describeFsError, type Command } from './args'

export const importCommand: Command = {
  usage: 'import FILE [--json] [--workspace DIR]',
  summary: '导入报告（.txt / .md / .docx / .doc / .pdf / 网页 .html、.mhtml），分析章节与指标；--json 输出完整报告 JSON；指定工作区时存入该工作区',
  run: async ({ args, io, workspace }) => {
    const file = args.positionals[0]
    if (!file) throw new CliError('请指定要导入的文件：huibao import 文件 --json')
    // Loaded here, not at the top: `huibao --help` and the other commands never pay for the importers.
    const { IMPORT_LIMITS, IMPORT_MESSAGES, importReportFile } = await import('../services/import')
    let info
    try {
      info = await stat(file)
    } catch (error) {
      throw new CliError(describeFsError(error, file) ?? `无法读取文件：${file}`)
    }
    if (info.isDirectory()) throw new CliError(`“${file}”是一个文件夹，不是文件。`)
    if (!info.isFile()) throw new CliError(`“${file}”不是普通文件。`)
    if (info.size > IMPORT_LIMITS.fileBytes) throw new CliError(IMPORT_MESSAGES.tooLarge)
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch (error) {
      throw new CliError(describeFsError(error, file) ?? `无法读取文件：${file}`)
    }
    const report = await importReportFile(bytes, file)
    const stored = workspace ? await storeIn(workspace, report) : null
    if (args.flags.get('json') === true) {
      io.out(`${JSON.stringify(stored ?? report, null, 2)}\n`)
    } else {
      io.out(
        `${report.title}\n章节 ${report.sections.length} 个，指标 ${report.metrics.length} 个（编码 ${report.source.encoding}）\n`,
      )
      if (stored) io.out(`已存入工作区 ${workspace}（编号 ${stored.id}），在汇报中打开即可看到。\n`)
    }
    return 0
  },
}


/** Stores the report in the workspace as the app's import does: a new document, the library lists it. */
async function storeIn(workspace: string, report: ReportContent): Promise<ReportDoc> {
  const { WorkspaceStore } = await import('../services/workspace-store')
  const store = new WorkspaceStore(workspace)
  await store.init()
  return store.create('report', report)
}
