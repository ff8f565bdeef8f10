import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function messagesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the lint rules that keep the layers and the clock', () => {
  it('refuse product code that imports from bench/ or tests/', async () => {
    for (const file of ['electron/ipc/x.ts', 'shared/domain/x.ts', 'renderer/features/x.tsx']) {
      const messages = await messagesFor(file, "import { demoCustomers } from '../../bench/data/demo';\nexport const x = demoCustomers;\n");
      expect(messages, file).toContainEqual(expect.stringContaining('no-restricted-imports'));
      const fromTests = await messagesFor(file, "import { TODAY } from '../../tests/shell/clock';\nexport const x = TODAY;\n");
      expect(fromTests, file).toContainEqual(expect.stringContaining('no-restricted-imports'));
    }
    expect(await messagesFor('bench/x.ts', "import { TODAY } from '../tests/shell/clock';\nexport const x = TODAY;\n")).toEqual([]);
  });

  it('keep shared/ pure and the UI away from main', async () => {
    const fromElectron = "import { systemClock } from '../../electron/services/clock';\nexport const x = systemClock;\n";
    const fromRenderer = "import { api } from '../renderer/api';\nexport const x = api;\n";
    expect(await messagesFor('shared/domain/x.ts', fromElectron)).toContainEqual(expect.stringContaining('shared/ is pure'));
    expect(await messagesFor('shared/domain/x.ts', fromRenderer)).toContainEqual(expect.stringContaining('shared/ is pure'));
    expect(await messagesFor('renderer/features/x.tsx', fromElectron)).toContainEqual(expect.stringContaining('only through window.api'));
    expect(await messagesFor('electron/services/x.ts', fromRenderer)).toContainEqual(expect.stringContaining('Main must not import the UI'));
    expect(await messagesFor('renderer/features/x.tsx', "import { contract } from '../../shared/contract';\nexport const x = contract;\n")).toEqual([]);
  });

  it("refuse reading the machine's clock anywhere but in the business clock", async () => {
    const code = 'export const a = new Date( );\nexport const b = Date.now( );\nexport const c = new Date("2026-01-01T00:00:00Z");\n';
    for (const file of ['electron/store/x.ts', 'renderer/x.tsx', 'shared/x.ts', 'tests/e2e/x.spec.ts']) {
      const messages = await messagesFor(file, code);
      expect(messages.filter((m) => m.startsWith('no-restricted-syntax')), file).toHaveLength(2);
    }
    expect(await messagesFor('electron/services/clock.ts', code)).toEqual([]);
  });
});
