// Builds the three targets: the UI and the store host pages with Vite, main and both preloads with esbuild.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import react from '@vitejs/plugin-react';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { mjmlTrimmed } from './mjml-trimmed.mjs';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist');
rmSync(out, { recursive: true, force: true });

const page = (dir, outDir, plugins = []) =>
  vite({
    root: path.join(root, dir),
    base: './',
    logLevel: 'warn',
    plugins,
    // Served from disk, never over a network: one bundle is fine, so the size warning is raised.
    build: { outDir: path.join(out, outDir), emptyOutDir: true, target: 'chrome130', sourcemap: true, chunkSizeWarningLimit: 4000 },
  });

await page('renderer', 'renderer', [react()]);
await page('electron/store', 'store');

const node = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, external: ['electron'], logLevel: 'warning' };
await esbuild({ ...node, plugins: [mjmlTrimmed], entryPoints: { main: 'electron/main.ts' }, outExtension: { '.js': '.cjs' }, outdir: path.join(out, 'electron') });
await esbuild({
  ...node,
  // Sandboxed preloads can only require 'electron'; everything else is bundled in.
  entryPoints: { preload: 'electron/preload.ts', 'store-preload': 'electron/store-preload.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: path.join(out, 'electron'),
});
// Fonts are binary files, not modules: letters read them from dist/resources/fonts, inside the app's asar.
cpSync(path.join(root, 'resources', 'fonts'), path.join(out, 'resources', 'fonts'), { recursive: true });
// The e-mail templates are read and compiled by MJML at their first use, from dist/resources/templates/email.
cpSync(path.join(root, 'resources', 'templates', 'email'), path.join(out, 'resources', 'templates', 'email'), { recursive: true });
console.log('built dist/renderer, dist/store, dist/electron, dist/resources');

// The test shell's two page scripts (stand-ins for the preloads), as classic scripts for addInitScript.
await esbuild({
  bundle: true,
  format: 'iife',
  target: 'chrome130',
  logLevel: 'warning',
  entryPoints: { 'ui-bridge': 'tests/shell/ui-bridge.ts', 'store-bridge': 'tests/shell/store-bridge.ts' },
  outdir: path.join(out, 'test-shell'),
});
