import { z } from 'zod';
import { normalizeRole } from './roles';

export const channelMedia = ['phone', 'mobile', 'fax', 'email'] as const;
export type ChannelMedium = (typeof channelMedia)[number];

export const channelSchema = z.object({ medium: z.enum(channelMedia), value: z.string().trim().min(1).max(200) }).strict();
export type Channel = z.infer<typeof channelSchema>;

const tag = z.string().trim().toLowerCase().min(1).max(40);

/** Channels are validated per medium by main (phone numbers normalised with the customer's country). */
export const contactInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    function: z.string().trim().max(100).default(''),
    // A known role in any language ("Boekhouding", "comptabilité") is stored as its key (./roles.ts).
    roles: z.array(tag.transform(normalizeRole)).max(20).default([]),
    keywords: z.array(tag).max(50).default([]),
    channels: z.array(channelSchema).max(30).default([]),
  })
  .strict();
export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactFields = z.output<typeof contactInputSchema>;

export const contactSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string(),
  function: z.string(),
  roles: z.array(z.string()),
  keywords: z.array(z.string()),
  channels: z.array(z.object({ medium: z.enum(channelMedia), value: z.string() })),
  active: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;
