import { z } from 'zod';

/**
 * The dunning-contact fields a user typed in by hand. A key that is present is an override and wins over the
 * default even when the default changes later; removing the key is "reset to default".
 */
export const postalAddressSchema = z
  .object({
    street: z.string().trim().min(1).max(200),
    postcode: z.string().trim().max(20),
    city: z.string().trim().min(1).max(100),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'errors.country'),
  })
  .strict();

export const dunningOverridesSchema = z
  .object({
    contactPerson: z.string().trim().min(1).max(200),
    email: z.email('errors.email').max(254),
    phone: z.string().trim().min(1).max(40),
    address: postalAddressSchema,
  })
  .partial()
  .strict();
