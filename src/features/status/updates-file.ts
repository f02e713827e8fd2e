import { fillIn, type Message } from "@/lib/message";
import { parseUntrustedJson, UnsafeJsonError, type UnsafeJsonReason } from "@/lib/safe-json";
import { z } from "@/lib/zod";
import { status as en } from "@/locales/en/status";
import { type LocalEvent, localEventSchema } from "./update-events";

// A file of this browser's updates: what a person downloads when the browser will not keep them, or to
// hand them to a colleague, and what "Import" reads back. Importing merges by event id, so a file can be
// imported twice, or into a browser that already holds some of its updates, without doubling anything.

export const UPDATES_FILE_FORMAT = "us-fr-tracker-updates";
export const UPDATES_FILE_VERSION = 1;
/** A file of updates is small; anything far larger is not one, and is refused before it is parsed. */
export const MAX_UPDATES_FILE_BYTES = 10 * 1024 * 1024;

export function updatesFileName(now: Date): string {
  return `us-fr-tracker-updates-${now.toISOString().slice(0, 10)}.json`;
}

export function serializeUpdatesFile(events: readonly LocalEvent[], exportedAt: Date): string {
  return `${JSON.stringify(
    {
      format: UPDATES_FILE_FORMAT,
      version: UPDATES_FILE_VERSION,
      exportedAt: exportedAt.toISOString(),
      events,
    },
    null,
    2,
  )}\n`;
}

/** Why a file cannot be imported, as a key of the `status` texts' `import` group and values (decision 014). */
export type UpdatesFileErrorText = Message<"notJson" | "refusedKey" | "notOurs" | "otherVersion">;

/** The file cannot be used at all. The message says why, and what file would do; `text` is for the page. */
export class UpdatesFileError extends Error {
  override name = "UpdatesFileError";
  constructor(readonly text: UpdatesFileErrorText) {
    super(fillIn(en.import[text.key], text.values));
  }
}

export type ReadUpdatesFile = {
  events: LocalEvent[];
  /** Entries that are not valid updates, left out: "events[3]: …". */
  skipped: string[];
};

const fileShape = z.object({
  format: z.literal(UPDATES_FILE_FORMAT),
  version: z.number(),
  events: z.array(z.unknown()),
});

export function readUpdatesFile(text: string): ReadUpdatesFile {
  let json: unknown;
  try {
    json = parseUntrustedJson(text);
  } catch (error) {
    const reason: UnsafeJsonReason =
      error instanceof UnsafeJsonError ? error.reason : { kind: "notJson", detail: String(error) };
    throw new UpdatesFileError(
      reason.kind === "refusedKey"
        ? { key: "refusedKey", values: { key: reason.key, path: reason.path } }
        : { key: "notJson", values: { detail: reason.detail } },
    );
  }
  const file = fileShape.safeParse(json);
  if (!file.success) throw new UpdatesFileError({ key: "notOurs" });
  if (file.data.version !== UPDATES_FILE_VERSION) {
    throw new UpdatesFileError({
      key: "otherVersion",
      values: { version: file.data.version, supported: UPDATES_FILE_VERSION },
    });
  }
  const events: LocalEvent[] = [];
  const skipped: string[] = [];
  file.data.events.forEach((raw, index) => {
    const event = localEventSchema.safeParse(raw);
    if (event.success) events.push(event.data);
    else {
      const issue = event.error.issues[0];
      const field = issue?.path.length ? `.${issue.path.join(".")}` : "";
      skipped.push(`events[${index}]${field}: ${issue?.message ?? "not a valid update"}`);
    }
  });
  return { events, skipped };
}
