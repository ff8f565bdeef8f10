import { describe, expect, it } from 'vitest';
import { buildApi, channelDef, channelNames, contract } from '../../shared/contract';
import { callSize, MAX_CALL_DEPTH } from '../../shared/payload';
import { createRouter, type Handlers } from '../../electron/ipc/router';
import { resolveAppPath } from '../../electron/services/app-files';
import { settingsFrom } from '../../electron/services/settings';
import { emptyCounts } from '../../shared/domain/import/plan';

const validCustomer = {
  number: 'K1',
  name: 'Zoë Çelik',
  language: 'nl',
  country: 'nl',
  kind: 'business',
  vatNumber: 'NL004495445B01',
  paymentTermsDays: 30,
  creditLimitCents: 500000,
};

describe('contract', () => {
  it('lists every channel once as area.name', () => {
    const names = channelNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('customers.create');
    for (const n of names) expect(channelDef(n)).toBeDefined();
  });

  it('finds no channel for unknown, nested or prototype names', () => {
    for (const n of ['customers', 'customers.nope', 'customers.list.x', '__proto__.x', 'customers.constructor', 'toString.x']) {
      expect(channelDef(n)).toBeUndefined();
    }
  });

  it('accepts a valid customer and normalises it', () => {
    const r = contract.customers.create.input.safeParse(validCustomer);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.country).toBe('NL');
      expect(r.data.email).toBe('');
    }
  });

  it.each([
    [{ name: '  ' }, 'name', 'errors.required'],
    [{ vatNumber: 'NL123456789B90' }, 'vatNumber', 'errors.vat.checksum'],
    [{ vatNumber: 'XX123' }, 'vatNumber', 'errors.vat.format'],
    [{ creditLimitCents: -1 }, 'creditLimitCents', 'errors.customer.creditLimitNegative'],
    [{ email: 'not-an-address' }, 'email', 'errors.email'],
    [{ number: 'K 1' }, 'number', 'errors.customer.numberChars'],
    [{ paymentTermsDays: 1.5 }, 'paymentTermsDays', 'errors.invalidType'],
  ])('rejects %j naming field %s', async (patch, field, key) => {
    const dispatch = createRouter(stubHandlers());
    const r = await dispatch('customers.create', { ...validCustomer, ...patch }, { trusted: true, url: 'test' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      const issue = r.error.details?.issues.find((i) => i.field === field);
      expect(issue?.key).toBe(key);
    }
  });
});

function stubHandlers(): Handlers {
  const never = async (): Promise<never> => {
    throw new Error('handler must not run for rejected input');
  };
  return Object.fromEntries(
    Object.entries(contract).map(([area, defs]) => [area, Object.fromEntries(Object.keys(defs).map((n) => [n, never]))]),
  ) as unknown as Handlers;
}

describe('router', () => {
  it('refuses a call from a foreign frame before looking at the input', async () => {
    const r = await createRouter(stubHandlers())('customers.create', validCustomer, { trusted: false, url: 'https://evil.example' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses an unknown channel', async () => {
    const r = await createRouter(stubHandlers())('customers.drop', {}, { trusted: true, url: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses extra fields on strict inputs', async () => {
    const r = await createRouter(stubHandlers())('customers.get', { id: 'a', extra: 1 }, { trusted: true, url: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('turns a handler whose output breaks the schema into an internal error, never a wrong value', async () => {
    const handlers = stubHandlers();
    (handlers.customers as Record<string, unknown>).nextNumber = async () => ({ number: 42 });
    const r = await createRouter(handlers)('customers.nextNumber', {}, { trusted: true, url: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('app files', () => {
  const root = '/opt/debitum/renderer';
  it('serves files under the root', () => {
    expect(resolveAppPath(root, 'app://ui/index.html')).toBe('/opt/debitum/renderer/index.html');
    expect(resolveAppPath(root, 'app://ui/')).toBe('/opt/debitum/renderer/index.html');
    expect(resolveAppPath(root, 'app://ui/assets/a.js')).toBe('/opt/debitum/renderer/assets/a.js');
  });
  it.each(['app://ui/../secret', 'app://ui/%2e%2e/%2e%2e/etc/passwd', 'app://ui/..%2f..%2fetc/passwd', 'app://ui/a%00.js', 'app://ui/..%5c..%5cwin.ini'])(
    'refuses %s',
    (url) => {
      const p = resolveAppPath(root, url);
      expect(p === null || p.startsWith(`${root}/`)).toBe(true);
      if (p) expect(p).not.toContain('..');
    },
  );
});

describe('CSV mapping', () => {
  const files = [{ name: 'export.csv', contentBase64: Buffer.from('a;b\n1;2\n').toString('base64') }];
  const mapping = { number: 'Factuur', issueDate: 'Datum', amount: 'Bedrag', customerName: 'Klant' };
  // JSON.parse makes "__proto__" an own key, as it arrives over IPC; an object literal would set the prototype.
  const hostile = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'amountt'].map((key) => ({ ...mapping, ...JSON.parse(`{"${key}": "Bedrag"}`) }));

  it.each(hostile)('refuses a mapping with a key that is no field: %j', async (m) => {
    const r = await createRouter(stubHandlers())('imports.preview', { files, csv: { mapping: m, delimiter: ';' } }, { trusted: true, url: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!r.ok) expect(r.error.details?.issues.every((i) => i.field.startsWith('csv.mapping'))).toBe(true);
  });

  it('accepts the known fields, and saved sources with unknown keys are refused and read back as none', async () => {
    const handlers = stubHandlers();
    let previewed: unknown = null;
    (handlers.imports as Record<string, unknown>).preview = async (input: unknown) => {
      previewed = input;
      return { previewId: 'p', files: [], counts: emptyCounts(), issues: [], invoices: [], entries: [], csv: [], writable: false };
    };
    await createRouter(handlers)('imports.preview', { files, csv: { mapping, delimiter: ';' } }, { trusted: true, url: 'x' });
    expect(previewed).toMatchObject({ csv: { mapping } });

    const source = { name: 'Exact', headers: ['Factuur'], mapping: hostile[0], delimiter: ';', prefix: '' };
    const update = await createRouter(stubHandlers())('settings.update', { csvSources: [source] }, { trusted: true, url: 'x' });
    expect(update).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(settingsFrom({ csvSources: [source] }).csvSources).toEqual([]);
    expect(settingsFrom({ csvSources: [{ ...source, mapping }] }).csvSources).toEqual([{ ...source, mapping }]);
  });
});

describe('call size', () => {
  const MB = 1024 * 1024;
  const sender = { trusted: true, url: 'x' };
  const refusedBySize = (megabytes: number) => ({
    ok: false,
    error: { code: 'validation', message: expect.stringContaining(`${megabytes} MB`), details: { issues: [{ field: '(input)', key: 'errors.payload.tooLarge', params: { megabytes } }] } },
  });
  /** Handlers that answer instead of throwing, so a call that passes the size check and zod is seen to arrive. */
  const answering = () => {
    const handlers = stubHandlers();
    const arrived: string[] = [];
    (handlers.attachments as Record<string, unknown>).addFile = async () => (arrived.push('addFile'), { id: 'a', customerId: 'c', kind: 'file', name: 'f', target: 't', sizeBytes: 1, sha256: null, createdAt: '', createdBy: '' });
    (handlers.imports as Record<string, unknown>).preview = async () => (arrived.push('preview'), { previewId: 'p', files: [], counts: emptyCounts(), issues: [], invoices: [], entries: [], csv: [], writable: false });
    return { dispatch: createRouter(handlers), arrived };
  };

  it('refuses a call over 1 MB before zod sees it, naming the limit', async () => {
    const r = await createRouter(stubHandlers())('customers.create', { ...validCustomer, name: 'x'.repeat(2 * MB) }, sender);
    expect(r).toMatchObject(refusedBySize(1));
  });

  it('refuses millions of allocations without reading them (zod parsed each before refusing the count)', async () => {
    let reads = 0;
    const allocations = new Proxy(new Array(3_000_000).fill({ invoiceId: 'i', amountCents: 1 }), {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const r = await createRouter(stubHandlers())('payments.allocate', { creditId: 'c', allocations }, sender);
    expect(r).toMatchObject(refusedBySize(1));
    expect(reads).toBe(0);
  });

  it('refuses nesting deeper than any input has, and cycles, without overflowing the stack', async () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic.self = cyclic;
    for (const input of [{ id: deep }, cyclic]) {
      const r = await createRouter(stubHandlers())('customers.get', input, sender);
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ key: 'errors.payload.tooDeep', params: { max: MAX_CALL_DEPTH } }] } } });
    }
  });

  it('gives the channels that carry file bytes room for their files, and no more', async () => {
    const { dispatch, arrived } = answering();
    const base64 = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4);
    expect((await dispatch('attachments.addFile', { customerId: 'c', name: 'scan.pdf', contentBase64: base64(20 * MB) }, sender)).ok).toBe(true);
    expect(await dispatch('attachments.addFile', { customerId: 'c', name: 'scan.pdf', contentBase64: base64(30 * MB) }, sender)).toMatchObject(refusedBySize(25));
    const forty = base64(40 * MB);
    expect((await dispatch('imports.preview', { files: [{ name: 'a.xml', contentBase64: forty }] }, sender)).ok).toBe(true);
    // Each file is within its own limit; together they are not.
    expect(await dispatch('imports.preview', { files: [{ name: 'a.xml', contentBase64: forty }, { name: 'b.xml', contentBase64: forty }] }, sender)).toMatchObject(refusedBySize(50));
    expect(await dispatch('customers.get', { id: base64(2 * MB) }, sender)).toMatchObject(refusedBySize(1));
    expect(arrived).toEqual(['addFile', 'preview']);
  });

  it('is refused by window.api itself, so an oversized call never crosses to main', async () => {
    const sent: string[] = [];
    const api = buildApi(
      async (channel) => (sent.push(channel), { ok: true, value: {} }),
      () => () => {},
    );
    expect(await api.customers.get({ id: 'x'.repeat(2 * MB) })).toMatchObject(refusedBySize(1));
    await api.customers.get({ id: 'c1' });
    expect(sent).toEqual(['customers.get']);
  });

  it('stops counting at the limit', () => {
    expect(callSize({ id: 'ab' }, MB)).toBeLessThan(20);
    expect(callSize('x'.repeat(10 * MB), 100)).toBeGreaterThan(100);
    expect(callSize(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'v'.repeat(1000)])), 10_000)).toBeLessThan(12_000);
  });
});
