// Strings are defined per area in en/ and translated in zh/: each Chinese table is typed by its
// English table's keys, so a string in one language only is a type error (and i18n.test.ts checks
// it at run time). The Chinese tables are a separate chunk, loaded when the page needs them.
export type Strings = Readonly<Record<string, string>>;

/** A translation of the table E: exactly its keys, any text. */
export type Translation<E extends Strings> = { readonly [K in keyof E]: string };
