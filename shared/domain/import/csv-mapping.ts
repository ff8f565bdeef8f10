import { z } from 'zod';

/** The fields a CSV column can be mapped to; the mapping screen offers these and nothing else. */
export const csvFields = ['number', 'customerNumber', 'customerName', 'vatNumber', 'issueDate', 'dueDate', 'currency', 'amount', 'openAmount', 'paymentReference', 'email'] as const;
export type CsvField = (typeof csvFields)[number];

const column = z.string().max(200).optional();

/**
 * Which header holds each field. Strict: a key that is no field (`constructor`, `toString`, a typo) is refused,
 * never carried into the parse or saved with a CSV source in the settings.
 */
export const csvMappingSchema = z.strictObject(Object.fromEntries(csvFields.map((f) => [f, column])) as Record<CsvField, typeof column>);
export type CsvMappingInput = z.infer<typeof csvMappingSchema>;
