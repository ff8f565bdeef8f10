import type * as en from './en';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** What every language gives, namespace by namespace: the shape of the English source, its own words. */
export type Translation = Widen<typeof en>;
