import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One `no-restricted-imports` block per layer: the import paths (regexes) it may not use, with the reason. */
function layers(rules) {
  return Object.entries(rules).map(([glob, forbidden]) => ({
    files: [glob],
    rules: {
      'no-restricted-imports': ['error', { patterns: Object.entries(forbidden).map(([regex, message]) => ({ regex, message })) }],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'screenshots/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // One business clock (electron/services/clock.ts): nothing else reads the machine's date or time for business
  // meaning, so tests, screenshots and benchmarks that pin the clock are the same on every day.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['electron/services/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the business clock (Clock.now/today), not the machine: new Date().' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the business clock (Clock.now/today), not the machine: Date.now().' },
      ],
    },
  },
  // The layers (VS Code's code-layering idea): shared/ is pure and imports no process; the UI never reaches into
  // main; product code never depends on benchmarks or tests (the demo data lives in electron/services).
  ...layers({
    'electron/**': { '(^|/)(bench|tests)/': 'Product code must not import from bench/ or tests/.', '(^|/)renderer/': 'Main must not import the UI; share through shared/.' },
    'renderer/**': { '(^|/)(bench|tests)/': 'Product code must not import from bench/ or tests/.', '(^|/)electron/': 'The UI reaches main only through window.api (shared/contract).' },
    'shared/**': { '(^|/)(bench|tests)/': 'Product code must not import from bench/ or tests/.', '(^|/)(electron|renderer)/': 'shared/ is pure: it imports from no process.' },
  }),
  // Playwright fixtures must destructure their (empty) dependencies.
  { files: ['tests/**'], rules: { 'no-empty-pattern': 'off' } },
);
