import { describe, expect, it } from 'vitest';
import { readSmsAnswer, readSmsReason, smsAccountSchema, smsReason, smsRequest, type SmsSetup } from '../../shared/domain/outbox/sms-gateways';
import { checkSender, smsLength, smsNumber, smsReference } from '../../shared/domain/outbox/sms-text';
import { zodIssues } from '../../shared/result';

const a = (n: number) => 'a'.repeat(n);

describe('smsLength: GSM 7-bit and UCS-2, one message or parts', () => {
  it.each([
    ['', 'gsm7', 0, 0],
    [a(160), 'gsm7', 160, 1],
    [a(161), 'gsm7', 161, 2],
    [a(306), 'gsm7', 306, 2],
    [a(307), 'gsm7', 307, 3],
    // The euro sign is in the extension table: two septets.
    [`${a(159)}€`, 'gsm7', 161, 2],
    // An escape pair is never split: the euro moves to the next part, and a third part is needed.
    [`${a(152)}€${a(152)}`, 'gsm7', 306, 3],
    ['Te betalen € 121,00 vóór 7 december', 'ucs2', 35, 1],
    [`ë${a(69)}`, 'ucs2', 70, 1],
    [`ë${a(70)}`, 'ucs2', 71, 2],
    // An emoji is two UTF-16 units, and a surrogate pair is not split either.
    [`ë${a(65)}😀${a(3)}`, 'ucs2', 71, 2],
  ])('%j → %s, %i units, %i SMS', (text, encoding, units, segments) => {
    expect(smsLength(text)).toMatchObject({ encoding, units, segments });
  });

  it('counts characters as people see them, units as the network does', () => {
    expect(smsLength('Zoë 😀')).toEqual({ encoding: 'ucs2', characters: 5, units: 6, segments: 1 });
    expect(smsLength('Müller & Søhne [€ 5]')).toEqual({ encoding: 'gsm7', characters: 20, units: 23, segments: 1 });
  });
});

describe('checkSender', () => {
  it.each([
    ['IncassoZuid', 'IncassoZuid'],
    ['Ink', 'Ink'],
    ['Debitum2026', 'Debitum2026'],
    ['+31612345678', '+31612345678'],
    ['+31 6 1234 5678', '+31612345678'],
  ])('takes %s as %s', (raw, sender) => expect(checkSender(raw)).toEqual({ ok: true, sender }));

  it.each(['AB', 'IncassoZuidBV', 'Incasso Zuid', 'Müller', '0612345678', '12345', '+31 abc'])('refuses %s by name', (raw) => {
    expect(checkSender(raw)).toEqual({ ok: false, key: 'outbox.errors.sms.sender' });
  });
});

describe('smsNumber: E.164, mobile only, read in the customer’s country', () => {
  it.each([
    ['06 12345678', 'NL', '+31612345678'],
    ['+31 6 12345678', 'DE', '+31612345678'],
    ['0470 12 34 56', 'BE', '+32470123456'],
    ['0171 1234567', 'DE', '+491711234567'],
    ['0049 171 1234567', 'NL', '+491711234567'],
  ])('%s for a customer in %s → %s', (raw, country, e164) => expect(smsNumber(raw, country)).toEqual({ ok: true, e164 }));

  it.each([
    ['030 123 4567', 'NL'],
    ['02 123 45 67', 'BE'],
    ['030 1234567', 'DE'],
  ])('refuses the landline %s (%s) as not mobile', (raw, country) => expect(smsNumber(raw, country)).toEqual({ ok: false, reason: 'not_mobile' }));

  it.each(['', 'call Jan', '06 123'])('refuses %j as no number', (raw) => expect(smsNumber(raw, 'NL')).toEqual({ ok: false, reason: 'invalid' }));
});

it('smsReference is one-to-one with the message, 32 letters and digits', () => {
  const ref = smsReference('msg:rem:inv:F-1:nl-business:1:1:sms:1');
  expect(ref).toMatch(/^[a-z0-9]{32}$/);
  expect(smsReference('msg:rem:inv:F-1:nl-business:1:1:sms:1')).toBe(ref);
  expect(smsReference('msg:rem:inv:F-1:nl-business:1:1:sms:2')).not.toBe(ref);
});

const setupOf = (patch: Partial<SmsSetup>): SmsSetup => smsAccountSchema.parse({ sender: 'IncassoZuid', account: 'AC123', ...patch });
const sms = { sender: 'IncassoZuid', to: '+31612345678', text: 'Zoë: "€ 121,00"\nbetalen', reference: 'dbt123' };
const form = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('smsRequest: each gateway’s own request', () => {
  it('CM: JSON with the product token in the body, the number with 00', () => {
    const r = smsRequest(setupOf({ gateway: 'cm' }), sms, 'token-1');
    expect(r.url).toBe('https://gw.cmtelecom.com/v1.0/message');
    expect(JSON.parse(r.body)).toEqual({
      messages: {
        authentication: { producttoken: 'token-1' },
        msg: [{ from: 'IncassoZuid', to: [{ number: '0031612345678' }], body: { type: 'auto', content: sms.text }, reference: 'dbt123', minimumNumberOfMessageParts: 1, maximumNumberOfMessageParts: 8 }],
      },
    });
  });

  it('Spryng and MessageBird: JSON, the key in the Authorization header, numbers without +', () => {
    const spryng = smsRequest(setupOf({ gateway: 'spryng' }), sms, 'k');
    expect(spryng).toMatchObject({ url: 'https://rest.spryngsms.com/v1/messages', headers: { authorization: 'Bearer k', 'content-type': 'application/json' } });
    expect(JSON.parse(spryng.body)).toEqual({ body: sms.text, encoding: 'auto', originator: 'IncassoZuid', recipients: ['31612345678'], route: 'business', reference: 'dbt123' });
    const bird = smsRequest(setupOf({ gateway: 'messagebird', sender: '+31201234567' }), { ...sms, sender: '+31201234567' }, 'k');
    expect(bird.headers.authorization).toBe('AccessKey k');
    expect(JSON.parse(bird.body)).toMatchObject({ originator: '31201234567', recipients: ['31612345678'], reference: 'dbt123' });
  });

  it('Twilio: a form, Basic authentication with the Account SID, which is also in the URL', () => {
    const r = smsRequest(setupOf({ gateway: 'twilio' }), sms, 'token');
    expect(r.url).toBe('https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json');
    expect(Buffer.from(r.headers.authorization!.replace('Basic ', ''), 'base64').toString()).toBe('AC123:token');
    expect(form(r.body)).toEqual({ To: '+31612345678', From: 'IncassoZuid', Body: sms.text });
  });

  it('seven.io and Vonage: forms; Vonage is told to send a text outside GSM as unicode', () => {
    const seven = smsRequest(setupOf({ gateway: 'seven' }), sms, 'k');
    expect(seven.headers['x-api-key']).toBe('k');
    expect(form(seven.body)).toEqual({ to: '+31612345678', from: 'IncassoZuid', text: sms.text, foreign_id: 'dbt123' });
    const vonage = smsRequest(setupOf({ gateway: 'vonage' }), sms, 'secret');
    expect(form(vonage.body)).toEqual({ api_key: 'AC123', api_secret: 'secret', from: 'IncassoZuid', to: '31612345678', text: sms.text, type: 'unicode', 'client-ref': 'dbt123' });
    expect(form(smsRequest(setupOf({ gateway: 'vonage' }), { ...sms, text: 'plain' }, 's').body).type).toBe('text');
  });

  it('custom: the values escaped for the body’s format, the URL’s own placeholders URL-encoded', () => {
    const custom = { format: 'json' as const, authHeader: 'X-Token', authValue: 'Token {{secret}}', body: '{"to":"{{toDigits}}","msg":"{{text}}"}', success: '', idPath: '' };
    const r = smsRequest(setupOf({ gateway: 'custom', url: 'https://sms.example/send?acct={{account}}&ref={{reference}}', custom }), sms, 's&1');
    expect(r.url).toBe('https://sms.example/send?acct=AC123&ref=dbt123');
    expect(r.headers['x-token']).toBe('Token s&1');
    expect(JSON.parse(r.body)).toEqual({ to: '31612345678', msg: sms.text });
    const asForm = smsRequest(setupOf({ gateway: 'custom', url: 'https://sms.example/send', custom: { ...custom, format: 'form', body: 'to={{to}}&text={{text}}' } }), sms, 's');
    expect(form(asForm.body)).toEqual({ to: '+31612345678', text: sms.text });
  });
});

const answer = (status: number, body: unknown, contentType = 'application/json') => ({ status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('readSmsAnswer: sent, failed, for now, held or uncertain', () => {
  const cm = setupOf({ gateway: 'cm' });
  it('names the credentials on 401 and 403, and holds the gateway', () => {
    for (const status of [401, 403]) {
      const v = readSmsAnswer(setupOf({ gateway: 'messagebird' }), answer(status, { errors: [{ code: 2, description: 'Request not allowed (incorrect access_key)' }] }), 'r');
      expect(v).toEqual({ result: 'retry', hold: true, reason: `[sms:credentials] HTTP ${status}: Request not allowed (incorrect access_key)` });
    }
  });

  it('retries 5xx and 429, and names a web page where the API should answer', () => {
    expect(readSmsAnswer(cm, answer(503, 'Service Unavailable', 'text/plain'), 'r')).toEqual({ result: 'retry', reason: '[sms:server] HTTP 503: Service Unavailable' });
    expect(readSmsAnswer(cm, answer(429, ''), 'r')).toEqual({ result: 'retry', reason: '[sms:busy] HTTP 429' });
    const page = '<!DOCTYPE html><html><head><title>Sign in to Hotel Wi-Fi</title></head></html>';
    expect(readSmsAnswer(cm, answer(200, page, 'text/html'), 'r')).toEqual({ result: 'retry', hold: true, reason: '[sms:html] HTTP 200: a web page “Sign in to Hotel Wi-Fi”' });
    expect(readSmsAnswer(cm, answer(404, 'Not Found', 'text/plain'), 'r')).toMatchObject({ result: 'retry', hold: true, reason: '[sms:url] HTTP 404: Not Found' });
  });

  it('reads each gateway’s own word for taken, with its message id', () => {
    const cases: [SmsSetup['gateway'], number, unknown, string][] = [
      ['cm', 200, { errorCode: 0, messages: [{ status: 'Accepted', reference: 'dbt1', messageErrorCode: 0 }] }, 'dbt1'],
      ['spryng', 200, { id: 'sp-1' }, 'sp-1'],
      ['messagebird', 201, { id: '49e4' }, '49e4'],
      ['twilio', 201, { sid: 'SM1', status: 'queued' }, 'SM1'],
      ['seven', 200, { success: '100', messages: [{ id: '77', success: true }] }, '77'],
      ['vonage', 200, { messages: [{ status: '0', 'message-id': '0C1' }] }, '0C1'],
    ];
    for (const [gateway, status, body, id] of cases) {
      expect(readSmsAnswer(setupOf({ gateway }), answer(status, body), 'dbt1'), gateway).toEqual({ result: 'sent', response: `HTTP ${status}, message id ${id}` });
    }
  });

  it('reads refusals inside a 200: seven.io’s bare codes, Vonage’s statuses, CM’s error codes', () => {
    expect(readSmsAnswer(setupOf({ gateway: 'seven' }), answer(200, '900', 'text/plain'), 'r')).toEqual({ result: 'retry', hold: true, reason: '[sms:credentials] HTTP 200: code 900' });
    expect(readSmsAnswer(setupOf({ gateway: 'seven' }), answer(200, '202', 'text/plain'), 'r')).toEqual({ result: 'failed', reason: '[sms:refused] HTTP 200: code 202' });
    expect(readSmsAnswer(setupOf({ gateway: 'vonage' }), answer(200, { messages: [{ status: '4', 'error-text': 'Bad Credentials' }] }), 'r')).toMatchObject({ result: 'retry', hold: true });
    expect(readSmsAnswer(setupOf({ gateway: 'vonage' }), answer(200, { messages: [{ status: '1', 'error-text': 'Throttled' }] }), 'r')).toEqual({ result: 'retry', reason: '[sms:busy] HTTP 200: Throttled' });
    expect(readSmsAnswer(cm, answer(400, { errorCode: 101, details: 'Authentication failed', messages: [] }), 'r')).toMatchObject({ result: 'retry', hold: true, reason: '[sms:credentials] HTTP 400: Authentication failed' });
  });

  it('fails a 4xx for good in the gateway’s words; a 2xx it cannot read leaves the SMS uncertain', () => {
    expect(readSmsAnswer(setupOf({ gateway: 'twilio' }), answer(400, { code: 21211, message: "The 'To' number is not a valid phone number." }), 'r')).toEqual({
      result: 'failed',
      reason: "[sms:refused] HTTP 400: 21211 The 'To' number is not a valid phone number.",
    });
    expect(readSmsAnswer(setupOf({ gateway: 'spryng' }), answer(200, 'OK', 'text/plain'), 'r')).toEqual({ result: 'uncertain', reason: '[sms:unreadable] HTTP 200: OK' });
  });

  it('custom: the success check and the id path; without a check any 2xx is taken', () => {
    const custom = (success: string, idPath: string) => setupOf({ gateway: 'custom', url: 'https://sms.example', custom: { format: 'json', authHeader: '', authValue: '', body: '{}', success, idPath } });
    expect(readSmsAnswer(custom('result.ok=true', 'result.id'), answer(200, { result: { ok: true, id: 'C-1' } }), 'r')).toEqual({ result: 'sent', response: 'HTTP 200, message id C-1' });
    expect(readSmsAnswer(custom('result.ok=true', ''), answer(200, { result: { ok: false } }), 'r')).toEqual({ result: 'failed', reason: '[sms:refused] HTTP 200: result.ok is “false”, not “true”' });
    expect(readSmsAnswer(custom('', ''), answer(202, 'queued', 'text/plain'), 'dbt9')).toEqual({ result: 'sent', response: 'HTTP 202, message id dbt9' });
  });

  it('keeps the reason readable for the Outbox screen', () => {
    expect(readSmsReason(smsReason('dropped', 'socket hang up'))).toEqual({ code: 'dropped', detail: 'socket hang up' });
    expect(readSmsReason('4.3.0 Try again later')).toBeNull();
  });
});

describe('smsAccountSchema: Settings → SMS refuse what cannot work, naming the field', () => {
  const issues = (input: unknown) => {
    const r = smsAccountSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
  };
  it('a sender, an address, a custom gateway’s templates', () => {
    expect(issues({ gateway: 'cm', sender: 'Incasso Zuid B.V.' })).toEqual([['sender', 'outbox.errors.sms.sender']]);
    expect(issues({ gateway: 'cm', url: 'ftp://gw.example' })).toEqual([['url', 'errors.url']]);
    expect(issues({ gateway: 'twilio', url: 'https://gw.example/{{acount}}/send' })).toEqual([['url', 'outbox.errors.sms.template']]);
    expect(issues({ gateway: 'custom' })).toEqual([['url', 'outbox.errors.sms.urlRequired']]);
    expect(issues({ gateway: 'custom', url: 'https://sms.example', custom: { body: '{"to":"{{phone}}"}' } })).toEqual([['custom.body', 'outbox.errors.sms.template']]);
    expect(issues({ gateway: 'custom', url: 'https://sms.example', custom: { body: '{"to":{{to}}}' } })).toEqual([['custom.body', 'outbox.errors.sms.json']]);
    expect(issues({ gateway: 'custom', url: 'https://sms.example', custom: { authValue: '{{{secret}}}' } })).toEqual([['custom.authValue', 'outbox.errors.sms.template']]);
    expect(issues({ gateway: 'custom', url: 'https://sms.example', custom: { success: 'ok' } })).toEqual([['custom.success', 'outbox.errors.sms.success']]);
    expect(issues({ gateway: 'twilio', sender: '+31612345678', account: 'AC1' })).toEqual([]);
  });

  it('hands the UI its own keys, with what a template problem is', () => {
    const r = smsAccountSchema.safeParse({ gateway: 'custom', sender: 'AB', url: 'https://sms.example', custom: { body: '{"to":"{{phone}}"}' } });
    expect(zodIssues(r.error!).map((i) => [i.field, i.key, i.params])).toEqual([
      ['sender', 'outbox.errors.sms.sender', undefined],
      ['custom.body', 'outbox.errors.sms.template', { detail: '{{phone}}' }],
    ]);
  });
});
