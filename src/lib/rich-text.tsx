import { Fragment, type ReactNode } from "react";

type Values = Record<string, string | number | undefined>;
type Components = Record<string, (children: ReactNode) => ReactNode>;

// A value goes through t() as a marker (private-use characters) and is put back afterwards as React text: whatever a value holds
// (an id from a link, a file's error), it is never read as markup. Numbers pass as they are, for plurals
// and number formatting.
const marker = (name: string) => `\uE000${name}\uE001`;
const TOKEN = /(<\/?[a-z]+>|\uE000\w+\uE001)/;

/**
 * A translated sentence with parts in markup, e.g. "Did you mean <link>{{label}}</link>?": `translate` is
 * t() bound to a key, and each `<tag>` of the text becomes `components[tag](its content)`. A tag without a
 * component is shown as its content only.
 */
export function richText(
  translate: (values: Record<string, string | number>) => string,
  values: Values,
  components: Components = {},
): ReactNode {
  const marked: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) marked[name] = typeof value === "number" ? value : marker(name);
  }
  const frames: { tag: string | null; children: ReactNode[] }[] = [{ tag: null, children: [] }];
  const current = () => frames[frames.length - 1] as (typeof frames)[number];
  for (const token of translate(marked).split(TOKEN)) {
    if (token === "") continue;
    const open = /^<([a-z]+)>$/.exec(token);
    const close = /^<\/([a-z]+)>$/.exec(token);
    const value = /^\uE000(\w+)\uE001$/.exec(token);
    if (open) frames.push({ tag: open[1] as string, children: [] });
    else if (close && frames.length > 1) {
      const frame = frames.pop() as (typeof frames)[number];
      const content = (
        <>
          {frame.children.map((child, index) => (
            <Fragment key={index}>{child}</Fragment>
          ))}
        </>
      );
      const wrap = components[frame.tag as string];
      current().children.push(wrap ? wrap(content) : content);
    } else if (value) current().children.push(String(values[value[1] as string] ?? ""));
    else current().children.push(token);
  }
  return (
    <>
      {current().children.map((child, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence, in a fixed order
        <Fragment key={index}>{child}</Fragment>
      ))}
    </>
  );
}
