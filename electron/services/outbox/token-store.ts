import { z } from 'zod';
import type { SecretStore } from '../secrets';

/** The secret the Microsoft sign-in is kept under: access token, its expiry and the refresh token, as one value. */
export const MICROSOFT_TOKENS = 'microsoft-tokens';

export const tokenRecordSchema = z.object({
  /** The app registration and tenant the tokens were issued for: another one in the settings needs a new sign-in. */
  clientId: z.string(),
  tenant: z.string(),
  /** The signed-in mailbox, as Microsoft names it: the XOAUTH2 user and what Settings → E-mail shows. */
  account: z.string(),
  accessToken: z.string(),
  /** When the access token stops working, by the business clock. */
  expiresAt: z.string(),
  refreshToken: z.string(),
  /** Why Microsoft refused the refresh token (invalid_grant …); empty while it is good. Then only a new sign-in helps. */
  refused: z.string(),
});
export type TokenRecord = z.infer<typeof tokenRecordSchema>;

/**
 * Our own keeper of the OAuth tokens, because nodemailer's XOAUTH2 generator forgets the refresh token Microsoft
 * rotates on every use. The three travel as one secret, so a rotated refresh token replaces the old one together
 * with its access token in a single write of the secret store (safeStorage: a temporary file renamed over the old):
 * a crash leaves the old pair or the new one, never a mix. Nothing of it touches the settings file.
 */
export function tokenStore(secrets: SecretStore) {
  return {
    /** The record, or null when nobody signed in (or what is kept can no longer be read). */
    async read(): Promise<TokenRecord | null> {
      const raw = await secrets.get(MICROSOFT_TOKENS);
      if (!raw) return null;
      try {
        const parsed = tokenRecordSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save: (record: TokenRecord): Promise<void> => secrets.set(MICROSOFT_TOKENS, JSON.stringify(tokenRecordSchema.parse(record))),
    clear: (): Promise<void> => secrets.remove(MICROSOFT_TOKENS),
  };
}

export type TokenStore = ReturnType<typeof tokenStore>;
