import type { Plugin } from 'esbuild';

export const mjmlTrimmed: Plugin;
