import { homedir } from 'node:os'
import { join } from 'node:path'

/** The product name, which is also the name of the user-data folder Electron uses. */
export const APP_NAME = '汇报 Huibao'

/**
 * Electron's `app.getPath('userData')` for this app, computed without Electron, so the CLI and browser
 * mode open the same workspace as the desktop app.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

export function defaultWorkspace(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(defaultUserDataDir(env, platform), 'workspace')
}
