import { z } from 'zod';

/**
 * Record ids are UUIDs today and may become keys derived from real-world keys (DESIGN.md, several seats); 300
 * characters hold either, as they hold a credit's dedupe key. Anything longer is no id of ours, and a record that
 * stored it would carry it onto every card and list that names the record.
 */
export const MAX_ID_LENGTH = 300;

export const idSchema = z.string().min(1).max(MAX_ID_LENGTH);
