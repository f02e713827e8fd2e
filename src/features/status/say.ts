import { fillIn } from "@/lib/message";
import { resources } from "@/locales/resources";

/**
 * A translator as pure modules take it: a namespaced key ("team:timeline.set", "commitments:status.done")
 * and its values, worded. Components pass i18next's t (the page's language); tests pass `englishSay`.
 */
export type Say = (key: string, values?: Record<string, string | number>) => string;

/**
 * One language's texts, filled in without i18next: for unit tests and for nothing shown to a reader.
 * A plural key takes `_one` for a count of 1 and `_other` otherwise (enough for English and French tests).
 */
export function sayIn(lang: keyof typeof resources): Say {
  return (key, values) => {
    const [namespace = "", path = ""] = key.includes(":") ? key.split(":") : ["common", key];
    let node: unknown = (resources[lang] as Record<string, unknown>)[namespace];
    const parts = path.split(".");
    const last = parts.pop() ?? "";
    for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
    const group = node as Record<string, unknown> | undefined;
    const count = values?.count;
    const text =
      group?.[last] ??
      (typeof count === "number" ? group?.[`${last}_${count === 1 ? "one" : "other"}`] : undefined);
    if (typeof text !== "string") throw new Error(`No ${lang} text for ${key}`);
    return fillIn(text, values);
  };
}

/** The English texts, filled in without i18next. */
export const englishSay: Say = sayIn("en");
