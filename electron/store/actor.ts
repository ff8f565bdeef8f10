/** Who does a write, and when: stamped into created/updated fields. Main supplies it with every write call. */
export type Actor = { user: string; now: string };
