import { fillIn } from "@/lib/message";
import { resources } from "@/locales/resources";

/**
 * A translator as pure modules take it: a namespaced key ("team:timeline.set", "commitments:status.done")
 * and its values, worded. Components pass i18next's t (the page's language); tests pass `englishSay`.
 */
export type Say = (key: string, values?: Record<string, string | number>) => string;

/** The English texts, filled in without i18next: for unit tests and for nothing shown to a reader. */
export const englishSay: Say = (key, values) => {
  const [namespace = "", path = ""] = key.includes(":") ? key.split(":") : ["common", key];
  let node: unknown = (resources.en as Record<string, unknown>)[namespace];
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`No English text for ${key}`);
  return fillIn(node, values);
};
