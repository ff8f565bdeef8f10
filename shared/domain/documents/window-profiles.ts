import { z } from 'zod';

/** A4 in millimetres; every position below is measured from the sheet's left and top edges (DOMAIN.md §4). */
export const A4_MM = { width: 210, height: 297 } as const;

const mm = z.number().min(0).max(A4_MM.height);

const rectSchema = z.object({ x: mm, top: mm, width: z.number().positive().max(A4_MM.width), height: z.number().positive().max(A4_MM.height) });

export const windowPresets = ['din5008a', 'din5008b', 'nl-left', 'nl-right', 'custom'] as const;
export type WindowPreset = (typeof windowPresets)[number];

/**
 * Where a window envelope shows the address, where the information block goes, and where the sheet is folded.
 * `address` is the whole address field as the window shows it; its upper `returnHeight` millimetres hold the
 * sender's return line, the recipient's lines go below.
 */
export const windowProfileSchema = z
  .object({
    preset: z.enum(windowPresets),
    address: rectSchema,
    returnHeight: z.number().min(0).max(40),
    /** DIN 5008 starts the address on the field's first line; a window with no fixed lines centres it. */
    addressAlign: z.enum(['top', 'centre']),
    info: z.object({ x: mm, top: mm, width: z.number().positive().max(A4_MM.width) }),
    foldMarks: z.array(z.number().positive().max(A4_MM.height)).max(3),
    holeMark: z.number().positive().max(A4_MM.height).nullable(),
  })
  .superRefine((p, ctx) => {
    const outside = (r: { x: number; top: number; width: number; height?: number }) =>
      r.x + r.width > A4_MM.width || r.top + (r.height ?? 0) > A4_MM.height;
    if (outside(p.address)) ctx.addIssue({ code: 'custom', path: ['address'], message: 'errors.window.outsideSheet' });
    if (outside(p.info)) ctx.addIssue({ code: 'custom', path: ['info'], message: 'errors.window.outsideSheet' });
    if (p.returnHeight >= p.address.height) ctx.addIssue({ code: 'custom', path: ['returnHeight'], message: 'errors.window.returnTooHigh' });
  });

export type WindowProfile = z.infer<typeof windowProfileSchema>;

const din5008 = (form: 'a' | 'b'): WindowProfile => {
  const shift = form === 'a' ? 0 : 18;
  return {
    preset: form === 'a' ? 'din5008a' : 'din5008b',
    address: { x: 20, top: 27 + shift, width: 85, height: 45 },
    returnHeight: 17.7,
    addressAlign: 'top',
    info: { x: 125, top: 32 + shift, width: 75 },
    foldMarks: form === 'a' ? [87, 192] : [105, 210],
    holeMark: 148.5,
  };
};

/*
 * No free text of NEN 1026 was available: the Dutch presets put a 70 mm wide field centred about 63.5 mm from the top
 * (where the common Dutch window envelopes show it) and fold the sheet in thirds. They are a starting point to
 * hold against a real envelope with the calibration page.
 */
const nl = (side: 'left' | 'right'): WindowProfile => ({
  preset: side === 'left' ? 'nl-left' : 'nl-right',
  address: { x: side === 'left' ? 35 : 105, top: 46, width: 70, height: 35 },
  returnHeight: 0,
  addressAlign: 'centre',
  info: side === 'left' ? { x: 125, top: 46, width: 65 } : { x: 25, top: 46, width: 72 },
  foldMarks: [99, 198],
  holeMark: 148.5,
});

export const windowProfilePresets: Record<Exclude<WindowPreset, 'custom'>, WindowProfile> = {
  din5008a: din5008('a'),
  din5008b: din5008('b'),
  'nl-left': nl('left'),
  'nl-right': nl('right'),
};

/** A custom profile starts as a copy of a preset, so the user moves a field instead of typing every number. */
export function customProfileFrom(preset: Exclude<WindowPreset, 'custom'>): WindowProfile {
  return { ...structuredClone(windowProfilePresets[preset]), preset: 'custom' };
}
