/**
 * Secrets (the SMTP password, the SMS gateway's key) kept apart from the settings file: Electron's safeStorage encrypts them with the
 * operating system's key store in the product; the test shell keeps them in memory. One name, one string.
 */
export type SecretStore = {
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  remove(name: string): Promise<void>;
};

export const SMTP_PASSWORD = 'smtp-password';
/** The SMS gateway's API key, product token, auth token or secret: whatever Settings → SMS calls it for the gateway. */
export const SMS_SECRET = 'sms-secret';

/** Secrets held for as long as the object lives: a test passes the same one to a restarted shell. */
export function memorySecrets(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: async (name) => values.get(name) ?? null,
    set: async (name, value) => void values.set(name, value),
    remove: async (name) => void values.delete(name),
  };
}
