// Strings are defined in pairs: the Chinese table must have exactly the English table's keys,
// so a string in one language only is a type error (and i18n.test.ts checks it at run time).
export type Strings = Readonly<Record<string, string>>;

export function defineStrings<const E extends Strings>(
  en: E,
  zh: { readonly [K in keyof E]: string },
): { en: E; zh: { readonly [K in keyof E]: string } } {
  return { en, zh };
}
