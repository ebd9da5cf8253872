import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { factsWithoutSourcesPlugin } from './build/facts-plugin.ts';
import { statusCorePlugin } from './build/status-core-plugin.ts';

// `vite build` → dist/ (Chrome, Chromium, Edge). `vite build --mode firefox` → dist-firefox/.
export const FIREFOX_ADDON_ID = 'tracklight@tracklight';

function manifestFor(firefox: boolean): ManifestV3Export {
  const manifest = { ...baseManifest, version: packageJson.version };
  if (!firefox) return manifest as ManifestV3Export;
  const { service_worker, ...background } = manifest.background;
  return {
    ...manifest,
    // Firefox runs MV3 background code as an event page, not a service worker.
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ADDON_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [statusCorePlugin(), factsWithoutSourcesPlugin(), crx({ manifest: manifestFor(firefox), browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      target: firefox ? ['firefox142'] : 'chrome120',
      emptyOutDir: true,
      // Preload links would be written into the host page's <head>, exposing our URLs to it (and
      // for the popup, listing its files in its page measured no faster).
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        output: {
          // The content script's start mark in a file of its own, imported first: it runs before
          // any other module of the content script (see src/content/start-mark.ts). It imports
          // nothing, so no other page shares the file.
          codeSplitting: { groups: [{ name: 'start-mark', test: /src[\\/]content[\\/]start-mark\.ts$/ }] },
        },
      },
      // The benchmark reads which chunk holds which module (then deletes the file).
      manifest: process.env.TRACKLIGHT_BUILD_MANIFEST === '1',
    },
  };
});
