import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'

/**
 * Electron fuses: features switched off (or on) in the packaged binary itself, so no argument or
 * environment variable can turn them back. Applied at packaging by flip-fuses.ts; never imported by the
 * app. Fuses not named keep Electron's default.
 *
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node that runs any script.
 * - EnableCookieEncryption on: cookies on disk are encrypted with the OS key store.
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS cannot preload code.
 * - EnableNodeCliInspectArguments off: --inspect cannot attach a debugger to the main process.
 * - EnableEmbeddedAsarIntegrityValidation on, OnlyLoadAppFromAsar on: the app runs only from its own,
 *   unmodified app.asar (the packaging step must produce one, with its integrity hash).
 * - GrantFileProtocolExtraPrivileges off: file:// pages get no more rights than a browser gives them;
 *   the app loads from app:// (app-protocol.ts), never file://.
 */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} satisfies FuseV1Config
