// An esbuild plugin for bundling MJML into main; scripts/build.mjs uses it, and so does the bundle test.
/**
 * MJML compiles the e-mail templates in main, bundled. Two of its parts are left out of the bundle: htmlnano (its
 * minifier, which we do not use; it pulls in cosmiconfig and with it all of TypeScript, 9 MB, and reads config files
 * from the working directory) and mjml-core's .mjmlconfig reader, which at load would require() whatever component
 * packages a .mjmlconfig in the working directory names. Neither must run in the product.
 */
export const mjmlTrimmed = {
  name: 'mjml-trimmed',
  setup(build) {
    build.onResolve({ filter: /^htmlnano$/ }, () => ({ path: 'htmlnano', namespace: 'mjml-stub' }));
    build.onResolve({ filter: /helpers\/mjmlconfig$/ }, (args) => (args.importer.includes('mjml-core') ? { path: 'mjmlconfig', namespace: 'mjml-stub' } : undefined));
    build.onLoad({ filter: /^htmlnano$/, namespace: 'mjml-stub' }, () => ({
      contents: "module.exports = { process() { throw new Error('minify is not part of this build'); } };",
      loader: 'js',
    }));
    build.onLoad({ filter: /^mjmlconfig$/, namespace: 'mjml-stub' }, () => ({
      contents: [
        'const none = () => ({ mjmlConfig: { packages: [], options: {} }, componentRootPath: null, error: null });',
        'module.exports = { __esModule: true, default: () => ({}), readMjmlConfig: none, handleMjmlConfigComponents: () => [], resolveComponentPath: () => null, registerCustomComponent: () => undefined };',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

