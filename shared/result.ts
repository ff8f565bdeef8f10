import { z } from 'zod';

/** The closed set of error codes that may cross a process boundary. */
export const errorCodes = ['validation', 'not_found', 'conflict', 'io', 'smtp', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * One problem with one field of an input. `key` is an i18n key under `errors.` so every process can hand the
 * problem to the UI, which words it in the user's language; `message` is the English wording for logs.
 */
export const fieldIssueSchema = z.object({
  field: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.object({ issues: z.array(fieldIssueSchema) }).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, details: { issues } } : { code, message },
});

/** Thrown inside a process to abort with a typed error; caught at the boundary and turned into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export const issue = (field: string, key: string, message: string, params?: FieldIssue['params']): FieldIssue =>
  params ? { field, key, message, params } : { field, key, message };

export function toResultError(e: unknown): Result<never> {
  if (e instanceof AppFailure) return fail(e.code, e.message, e.issues);
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) {
    const parsed = appErrorSchema.safeParse(e);
    if (parsed.success) return { ok: false, error: parsed.data };
  }
  return fail('internal', e instanceof Error ? e.message : String(e));
}

const wordParams = (params: Record<string, unknown> | undefined): FieldIssue['params'] => {
  const kept = Object.entries(params ?? {}).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number');
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
};

/** Turns zod's issues into field issues with i18n keys the UI can word. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const field = i.path.map(String).join('.') || '(input)';
    // An area's own error keys live in its namespace ('outbox.errors.sms.sender'), the common ones under 'errors.'.
    const fromSchema = typeof i.message === 'string' && /^([a-z]+\.)?errors\./.test(i.message) ? i.message : null;
    // A refinement's params (the placeholder a text names) are what its message needs to say which one.
    if (fromSchema) return issue(field, fromSchema, `${field}: ${fromSchema}`, i.code === 'custom' ? wordParams(i.params) : undefined);
    switch (i.code) {
      case 'too_small':
        return issue(field, i.origin === 'string' ? 'errors.required' : 'errors.tooSmall', `${field}: ${i.message}`, {
          min: Number(i.minimum),
        });
      case 'too_big':
        return issue(field, 'errors.tooBig', `${field}: ${i.message}`, { max: Number(i.maximum) });
      case 'invalid_type':
        return issue(field, 'errors.invalidType', `${field}: ${i.message}`);
      default:
        return issue(field, 'errors.invalid', `${field}: ${i.message}`);
    }
  });
}
