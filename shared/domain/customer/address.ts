import { z } from 'zod';
import { normalizePostcode, postcodeIssue } from './postcode';

export const addressKinds = ['visiting', 'postal', 'invoice'] as const;
export type AddressKind = (typeof addressKinds)[number];

export const addressInputSchema = z
  .object({
    kind: z.enum(addressKinds),
    street: z.string().trim().min(1).max(200),
    postcode: z.string().trim().max(20).default(''),
    city: z.string().trim().min(1).max(100),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'errors.country'),
  })
  .strict()
  .superRefine((a, ctx) => {
    const p = postcodeIssue(a.postcode, a.country);
    if (p) ctx.addIssue({ code: 'custom', path: ['postcode'], message: p });
  })
  .transform((a) => ({ ...a, postcode: normalizePostcode(a.postcode, a.country) }));
export type AddressInput = z.input<typeof addressInputSchema>;

export const addressSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.enum(addressKinds),
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
  country: z.string(),
  isHeadOffice: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Address = z.infer<typeof addressSchema>;
