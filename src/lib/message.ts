// Text said far from React (the data worker, the data file's parser, the URL reader, browser storage) is
// kept as a key of the app's texts and its values, and worded by t() where it is shown, so that it follows
// the page's language even when the language changes after it was said (decision 014).

/** A text to show, not yet worded: a key of one namespace's texts and the values it names. */
export type Message<Key extends string = string> = {
  key: Key;
  values?: Record<string, string | number>;
};

/**
 * The English wording of a text, for `Error.message`, logs and tests: `{{name}}` filled in (`{{n, number}}`
 * too), markup tags such as `<detail>` dropped. Tags are dropped before filling in, so a value is never
 * changed, whatever it holds.
 */
export function fillIn(template: string, values: Message["values"] = {}): string {
  return template
    .replace(/<\/?[a-z]+>/g, "")
    .replace(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g, (_match, name: string) => String(values[name] ?? ""));
}
