import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { ImageRef } from '@shared/schemas/slide-parts'
import { useApi } from '../bridge'

/** 'missing': the picture's file is gone (a placeholder shows); a string: its data: URL. */
export type AssetState = string | 'missing' | 'loading'

/**
 * Pictures for slides, fetched once through the api as data: URLs (so the page's CSP allows them and
 * nothing depends on a file path or a custom scheme), and stored through it.
 */
export const useAssetsStore = defineStore('assets', () => {
  const urls = reactive(new Map<string, AssetState>())

  function url(asset: string): AssetState {
    const known = urls.get(asset)
    if (known) return known
    urls.set(asset, 'loading')
    useApi()
      .getAsset({ asset })
      .then(({ mime, dataBase64 }) => urls.set(asset, `data:${mime};base64,${dataBase64}`))
      .catch(() => urls.set(asset, 'missing'))
    return 'loading'
  }

  /** Stores a picked file in the workspace; rejects with the service's Chinese message. */
  async function upload(file: File): Promise<ImageRef> {
    const bytes = new Uint8Array(await file.arrayBuffer())
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return useApi().addAsset({ fileName: file.name, dataBase64: btoa(binary) })
  }

  return { url, upload }
})
