/**
 * A translation of an English namespace: the same keys, every leaf a string. Plural keys (`x_one`, `x_other`)
 * follow the English ones; French may add `_many` keys (Intl.PluralRules gives "many" for 1 000 000).
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & { [extra: `${string}_many`]: string };
