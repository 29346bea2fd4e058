/**
 * The shape every translation must have: the same keys as the English messages, any strings.
 * `const zh: Messages<typeof en> = …` makes a missing or extra Chinese key a type error.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
