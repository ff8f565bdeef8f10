import { describe, expect, it } from 'vitest';
import { parsePromiseText, promiseText } from '../../shared/domain/invoice/dossier';

describe('promise texts in the dossier', () => {
  it('keep the date and the note, including notes with spaces, dates and line breaks', () => {
    for (const note of ['', 'After their year end', '2026-12-01 second instalment', 'line one\nline two']) {
      expect(parsePromiseText(promiseText('2026-12-15', note))).toEqual({ date: '2026-12-15', note });
    }
  });

  it('record a withdrawn promise as an empty text, which reads as no promise', () => {
    expect(promiseText(null, 'ignored')).toBe('');
    expect(parsePromiseText('')).toBeNull();
    expect(parsePromiseText('soon')).toBeNull();
  });
});
