// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSafeJsonStorage, keepAside, type StorageProblem } from "@/lib/safe-json-storage";
import { buildLocalStatusEvent, buildRetraction } from "@/testing/dataset-builders";
import { type LocalEvent, type LocalStatusEvent, localEventSchema } from "./update-events";

const KEY = "us-fr-tracker:updates";
const ASIDE_PREFIX = `${KEY}:unreadable:`;

type UpdatesModule = typeof import("./updates-store");

let loaded: UpdatesModule | undefined;

/** The store hydrates when its module is first imported: import a fresh copy, after seeding storage. */
async function loadStore(): Promise<UpdatesModule> {
  vi.resetModules();
  loaded = await import("./updates-store");
  return loaded;
}

/** The storage problem the page is told about, read through the hook the page uses. */
function storageProblem(): StorageProblem | null {
  if (!loaded) throw new Error("loadStore() first");
  const { useStorageProblem } = loaded;
  const { result, unmount } = renderHook(() => useStorageProblem());
  unmount();
  return result.current;
}

const statusEvent = buildLocalStatusEvent;
const retraction = buildRetraction;

function seed(value: unknown) {
  localStorage.setItem(KEY, typeof value === "string" ? value : JSON.stringify(value));
}

function stored(): unknown {
  const raw = localStorage.getItem(KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Every value kept aside as unreadable, by key. */
function asideValues(): Record<string, string> {
  const found: Record<string, string> = {};
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (key?.startsWith(ASIDE_PREFIX)) found[key] = localStorage.getItem(key) ?? "";
  }
  return found;
}

const quotaExceeded = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T12:00:00.000Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("statusChanged", () => {
  it("records one event per side changed, sharing one batch id", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.statusChanged({
      commitmentId: "space-dialogue",
      changes: [
        { party: "us", status: "done" },
        { party: "fr", status: "at_risk" },
      ],
      note: "Why.",
    });
    const events = useUpdatesStore.getState().events;
    expect(events).toEqual([
      expect.objectContaining({
        kind: "status",
        commitmentId: "space-dialogue",
        party: "us",
        status: "done",
      }),
      expect.objectContaining({
        kind: "status",
        commitmentId: "space-dialogue",
        party: "fr",
        status: "at_risk",
      }),
    ]);
    const [us, fr] = events as LocalStatusEvent[];
    expect(us?.batchId).toBeTruthy();
    expect(fr?.batchId).toBe(us?.batchId);
    expect(fr?.id).not.toBe(us?.id);
    expect(us?.at).toBe("2026-03-01T12:00:00.000Z");
  });

  it("records events that pass the schema the log is read back with", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.authorNameChanged("Alice");
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "fr", status: "done" }], note: "Signed." });
    actions.lastUpdateUndone();
    for (const event of useUpdatesStore.getState().events) {
      expect(localEventSchema.safeParse(event).success).toBe(true);
    }
  });

  it("gives each action its own batch", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "done" }], note: "Why." });
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "at_risk" }], note: "Why." });
    const [first, second] = useUpdatesStore.getState().events;
    expect(first?.batchId).not.toBe(second?.batchId);
  });

  it("appends to the log without touching earlier events", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "done" }], note: "Why." });
    const before = [...useUpdatesStore.getState().events];
    actions.statusChanged({ commitmentId: "b", changes: [{ party: "fr", status: "dropped" }], note: "Why." });
    const after = useUpdatesStore.getState().events;
    expect(after).toHaveLength(2);
    expect(after.slice(0, 1)).toEqual(before);
    expect(after[1]).toMatchObject({ commitmentId: "b", party: "fr", status: "dropped" });
  });

  it("records nothing when no side changed", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.statusChanged({ commitmentId: "a", changes: [], note: "Nothing." });
    expect(useUpdatesStore.getState().events).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("trims the note", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.statusChanged({
      commitmentId: "a",
      changes: [{ party: "us", status: "done" }],
      note: "  Signed in Paris.\n ",
    });
    expect(useUpdatesStore.getState().events[0]).toMatchObject({ note: "Signed in Paris." });
  });

  it("leaves out a note that is only spaces", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.statusChanged({
      commitmentId: "a",
      changes: [{ party: "us", status: "in_progress" }],
      note: "   ",
    });
    expect(useUpdatesStore.getState().events[0]).not.toHaveProperty("note");
  });

  it("records the person's name, trimmed, as the author when one is set", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.authorNameChanged("  Alice Martin ");
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "fr", status: "done" }], note: "Why." });
    expect(useUpdatesStore.getState().events[0]).toMatchObject({ author: "Alice Martin" });
  });

  it("records no author when no name is set", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.authorNameChanged("   ");
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "fr", status: "done" }], note: "Why." });
    expect(useUpdatesStore.getState().events[0]).not.toHaveProperty("author");
  });

  it("keeps at most 200 characters of the person's name", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.authorNameChanged("a".repeat(250));
    expect(useUpdatesStore.getState().authorName).toHaveLength(200);
  });
});

describe("changesRecorded", () => {
  it("refuses Done, At risk or Dropped without a reason, and records nothing", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    for (const status of ["done", "at_risk", "dropped"] as const) {
      const result = actions.changesRecorded({
        changes: [{ commitmentId: "a", party: "us", status }],
        reason: " ",
      });
      expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ field: "reason" })] });
    }
    expect(useUpdatesStore.getState().events).toEqual([]);
  });

  it("refuses an evidence link that is not http(s)", async () => {
    const { useUpdatesStore } = await loadStore();
    const result = useUpdatesStore.getState().actions.changesRecorded({
      changes: [{ commitmentId: "a", party: "us", status: "in_progress" }],
      evidenceUrl: "javascript:alert(1)",
    });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ field: "evidenceUrl" })] });
    expect(useUpdatesStore.getState().events).toEqual([]);
  });

  it("records many commitments as one batch, with the person's name and side, from and evidence", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.identityChanged({ name: " Claire Martin ", side: "fr" });
    const result = actions.changesRecorded({
      changes: [
        { commitmentId: "a", party: "fr", from: "in_progress", status: "done" },
        { commitmentId: "b", party: "fr", from: "not_started", status: "done" },
      ],
      reason: "Signed.",
      evidenceUrl: "https://example.org/a",
    });
    expect(result.ok).toBe(true);
    const events = useUpdatesStore.getState().events;
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({
        author: "Claire Martin",
        authorSide: "fr",
        note: "Signed.",
        evidenceUrl: "https://example.org/a",
        batchId: result.ok ? result.batchId : "",
      });
      expect(localEventSchema.safeParse(event).success).toBe(true);
    }
    expect(events.map((event) => (event.kind === "status" ? event.from : null))).toEqual([
      "in_progress",
      "not_started",
    ]);
  });
});

describe("batchUndone", () => {
  it("retracts the given batch, not only the last, and only once", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    const first = actions.statusChanged({
      commitmentId: "a",
      changes: [{ party: "us", status: "in_progress" }],
    });
    actions.statusChanged({ commitmentId: "b", changes: [{ party: "us", status: "in_progress" }] });
    actions.batchUndone(first ?? "");
    actions.batchUndone(first ?? "");
    actions.batchUndone("unknown-batch");
    const retractions = useUpdatesStore.getState().events.filter((event) => event.kind === "retraction");
    expect(retractions).toEqual([expect.objectContaining({ batchId: first })]);
  });
});

describe("identity", () => {
  it("is saved with the log and read back; a side that is not us or fr is dropped on read", async () => {
    let { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.identityChanged({ name: "Sam", side: "us" });
    expect(stored()).toMatchObject({ state: { authorName: "Sam", authorSide: "us" } });
    ({ useUpdatesStore } = await loadStore());
    expect(useUpdatesStore.getState()).toMatchObject({ authorName: "Sam", authorSide: "us" });

    seed({ state: { events: [], authorName: "Sam", authorSide: "de" }, version: 1 });
    ({ useUpdatesStore } = await loadStore());
    expect(useUpdatesStore.getState().authorSide).toBeUndefined();
    expect(useUpdatesStore.getState().authorName).toBe("Sam");
  });
});

describe("lastUpdateUndone", () => {
  it("appends a retraction of the newest batch and removes nothing", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "done" }], note: "Why." });
    vi.setSystemTime(new Date("2026-03-01T12:05:00.000Z"));
    actions.statusChanged({
      commitmentId: "b",
      changes: [
        { party: "us", status: "at_risk" },
        { party: "fr", status: "at_risk" },
      ],
      note: "Why.",
    });
    const before = [...useUpdatesStore.getState().events];
    vi.setSystemTime(new Date("2026-03-01T12:10:00.000Z"));

    actions.lastUpdateUndone();

    const after = useUpdatesStore.getState().events;
    expect(after.slice(0, 3)).toEqual(before);
    expect(after).toHaveLength(4);
    expect(after[3]).toEqual({
      kind: "retraction",
      id: expect.any(String),
      batchId: before[1]?.batchId,
      at: "2026-03-01T12:10:00.000Z",
    });
    expect(new Set(after.map((event) => event.id)).size).toBe(4);
  });

  it("undoes the batch before once the newest is undone", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "done" }], note: "Why." });
    actions.statusChanged({ commitmentId: "b", changes: [{ party: "fr", status: "done" }], note: "Why." });
    const [first, second] = useUpdatesStore.getState().events;

    actions.lastUpdateUndone();
    actions.lastUpdateUndone();

    const retracted = useUpdatesStore
      .getState()
      .events.filter((event) => event.kind === "retraction")
      .map((event) => event.batchId);
    expect(retracted).toEqual([second?.batchId, first?.batchId]);
  });

  it("does nothing when there is nothing left to undo", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.lastUpdateUndone();
    expect(useUpdatesStore.getState().events).toEqual([]);

    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "done" }], note: "Why." });
    actions.lastUpdateUndone();
    actions.lastUpdateUndone();
    expect(useUpdatesStore.getState().events).toHaveLength(2);
  });
});

describe("saving to the browser", () => {
  it("saves the log and the name under us-fr-tracker:updates, version 2, and nothing else", async () => {
    const { useUpdatesStore, UPDATES_STORAGE_KEY, UPDATES_STORAGE_VERSION } = await loadStore();
    expect(UPDATES_STORAGE_KEY).toBe(KEY);
    expect(UPDATES_STORAGE_VERSION).toBe(2);
    const { actions } = useUpdatesStore.getState();
    actions.authorNameChanged("Alice");
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "done" }], note: "Why." });
    actions.lastUpdateUndone();

    expect(stored()).toEqual({
      state: { events: useUpdatesStore.getState().events, authorName: "Alice" },
      version: 2,
    });
  });

  it("records a review without a status, and undoes that review alone", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.authorNameChanged("Alice");
    const batchId = actions.reviewMarked({ commitmentId: "a" });
    // "done" needs a reason (team's change rules)
    actions.statusChanged({ commitmentId: "b", changes: [{ party: "us", status: "done" }], note: "Signed" });
    expect(useUpdatesStore.getState().events[0]).toMatchObject({
      kind: "review",
      commitmentId: "a",
      author: "Alice",
    });
    actions.reviewUndone(batchId);
    actions.reviewUndone(batchId); // twice: one retraction
    const kinds = useUpdatesStore.getState().events.map((event) => event.kind);
    expect(kinds).toEqual(["review", "status", "retraction"]);
    expect(useUpdatesStore.getState().events[2]).toMatchObject({ batchId });
  });

  it("records the reviewer's side with a review, as with a status change", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    actions.identityChanged({ name: "Claire Martin", side: "fr" });
    actions.reviewMarked({ commitmentId: "a" });
    expect(useUpdatesStore.getState().events[0]).toMatchObject({
      kind: "review",
      author: "Claire Martin",
      authorSide: "fr",
    });
  });

  it("reads a version 1 log and saves it back as version 2, with nothing lost", async () => {
    seed({ state: { events: [statusEvent(), retraction()], authorName: "Alice" }, version: 1 });
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.reviewMarked({ commitmentId: "a" });
    const saved = stored() as { state: { events: LocalEvent[] }; version: number };
    expect(saved.version).toBe(2);
    expect(saved.state.events.map((event) => event.kind)).toEqual(["status", "retraction", "review"]);
  });

  it("reads a saved log and name back on reload", async () => {
    const events = [
      statusEvent(),
      statusEvent({ id: "event-2", party: "fr", status: "done", note: "Signed.", author: "Alice" }),
      retraction(),
    ];
    seed({ state: { events, authorName: "Alice" }, version: 1 });

    const { useUpdatesStore } = await loadStore();

    expect(useUpdatesStore.getState().events).toEqual(events);
    expect(useUpdatesStore.getState().authorName).toBe("Alice");
    expect(storageProblem()).toBeNull();
    expect(asideValues()).toEqual({});
  });

  it("keeps what it read back when a new update is saved", async () => {
    seed({ state: { events: [statusEvent()], authorName: "" }, version: 1 });
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore
      .getState()
      .actions.statusChanged({ commitmentId: "a", changes: [{ party: "fr", status: "done" }], note: "Why." });
    const saved = stored() as { state: { events: LocalEvent[] } };
    expect(saved.state.events.map((event) => event.id)).toEqual([
      "event-1",
      useUpdatesStore.getState().events[1]?.id,
    ]);
  });

  it("starts empty in a browser that has stored nothing, reporting no problem and keeping nothing aside", async () => {
    const { useUpdatesStore } = await loadStore();
    expect(useUpdatesStore.getState().events).toEqual([]);
    expect(storageProblem()).toBeNull();
    expect(asideValues()).toEqual({});
  });

  it("reports no problem when it reads again and nothing is stored", async () => {
    const { useUpdatesStore } = await loadStore();
    localStorage.clear();
    await useUpdatesStore.persist.rehydrate();
    expect(storageProblem()).toBeNull();
    expect(asideValues()).toEqual({});
  });
});

describe("a stored log that cannot be used", () => {
  it("keeps a value that is not JSON aside, with its text intact", async () => {
    seed("{not json at all");
    await loadStore();
    expect(Object.values(asideValues())).toEqual(["{not json at all"]);
  });

  it("reports a value that is not JSON as unreadable, naming where it was kept", async () => {
    seed("{not json at all");
    const { useUpdatesStore } = await loadStore();
    const problem = storageProblem();
    expect(problem).toEqual({
      kind: "unreadable",
      asideKey: expect.stringMatching(/^us-fr-tracker:updates:unreadable:/),
      raw: "{not json at all",
    });
    expect(localStorage.getItem((problem as { asideKey: string }).asideKey)).toBe("{not json at all");
    expect(useUpdatesStore.getState().events).toEqual([]);
  });

  it("keeps a value that is not JSON aside when it reads again (another tab's write)", async () => {
    const { useUpdatesStore } = await loadStore();
    seed("{not json at all");
    await useUpdatesStore.persist.rehydrate();
    expect(Object.values(asideValues())).toContain("{not json at all");
    expect(storageProblem()).toMatchObject({ kind: "unreadable" });
  });

  it("keeps the valid events of a partly unreadable log", async () => {
    const good = [statusEvent(), statusEvent({ id: "event-2", party: "fr" })];
    seed({
      state: { events: [good[0], { kind: "status", id: "broken" }, good[1]], authorName: "" },
      version: 1,
    });
    const { useUpdatesStore } = await loadStore();
    expect(useUpdatesStore.getState().events).toEqual(good);
  });

  it("keeps the unreadable events of a partly unreadable log aside and reports it", async () => {
    const broken = { kind: "status", id: "broken" };
    seed({ state: { events: [statusEvent(), broken], authorName: "" }, version: 1 });
    await loadStore();
    expect(Object.values(asideValues()).map((raw) => JSON.parse(raw))).toEqual([[broken]]);
    expect(storageProblem()).toMatchObject({ kind: "unreadable" });
  });

  it("does not lose the valid events of a partly unreadable log when the next update is saved", async () => {
    seed({
      state: { events: [statusEvent(), { kind: "status", id: "broken" }], authorName: "" },
      version: 1,
    });
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore
      .getState()
      .actions.statusChanged({ commitmentId: "a", changes: [{ party: "fr", status: "done" }], note: "Why." });
    const saved = stored() as { state: { events: LocalEvent[] } };
    expect(saved.state.events.map((event) => event.id)).toContain("event-1");
  });

  it("reports a partly unreadable log found when it reads again", async () => {
    const { useUpdatesStore } = await loadStore();
    seed({
      state: { events: [statusEvent(), { kind: "status", id: "broken" }], authorName: "" },
      version: 1,
    });
    await useUpdatesStore.persist.rehydrate();
    expect(useUpdatesStore.getState().events.map((event) => event.id)).toEqual(["event-1"]);
    expect(storageProblem()).toMatchObject({ kind: "unreadable" });
  });

  it("keeps a log of another version aside whole, and starts empty", async () => {
    const state = { events: [statusEvent()], authorName: "Alice" };
    seed({ state, version: 7 });
    const { useUpdatesStore } = await loadStore();
    expect(Object.values(asideValues()).map((raw) => JSON.parse(raw))).toEqual([{ state, version: 7 }]);
    expect(useUpdatesStore.getState().events).toEqual([]);
  });

  it("reports a log of another version as unreadable", async () => {
    seed({ state: { events: [statusEvent()], authorName: "" }, version: 7 });
    await loadStore();
    expect(storageProblem()).toMatchObject({ kind: "unreadable" });
  });

  it("ignores a stored name that is not text, and keeps the events", async () => {
    seed({ state: { events: [statusEvent()], authorName: 42 }, version: 1 });
    const { useUpdatesStore } = await loadStore();
    expect(useUpdatesStore.getState().authorName).toBe("");
    expect(useUpdatesStore.getState().events).toEqual([statusEvent()]);
  });
});

describe("a write the browser refuses", () => {
  it("keeps the update in memory without throwing", async () => {
    const { useUpdatesStore } = await loadStore();
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaExceeded();
    });
    const change = () =>
      useUpdatesStore.getState().actions.statusChanged({
        commitmentId: "a",
        changes: [{ party: "us", status: "done" }],
        note: "Why.",
      });
    expect(change).not.toThrow();
    expect(useUpdatesStore.getState().events).toHaveLength(1);
  });

  it("is reported as not saved, with the browser's reason", async () => {
    const { useUpdatesStore } = await loadStore();
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaExceeded();
    });
    try {
      useUpdatesStore.getState().actions.statusChanged({
        commitmentId: "a",
        changes: [{ party: "us", status: "done" }],
        note: "Why.",
      });
    } finally {
      vi.mocked(Storage.prototype.setItem).mockRestore();
    }
    expect(storageProblem()).toEqual({
      kind: "not-saved",
      reason: expect.stringMatching(/quota has been exceeded/),
    });
  });

  it("saves every update once the browser accepts writes again", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaExceeded();
    });
    actions.statusChanged({ commitmentId: "a", changes: [{ party: "us", status: "done" }], note: "Why." });
    setItem.mockRestore();
    actions.statusChanged({ commitmentId: "b", changes: [{ party: "fr", status: "done" }], note: "Why." });
    const saved = stored() as { state: { events: LocalStatusEvent[] } };
    expect(saved.state.events.map((event) => event.commitmentId)).toEqual(["a", "b"]);
  });
});

describe("merging with another tab's log", () => {
  it("keeps the events of both logs, in time order", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.statusChanged({
      commitmentId: "ours",
      changes: [{ party: "us", status: "done" }],
      note: "Why.",
    });
    const ours = useUpdatesStore.getState().events[0];
    const theirs = statusEvent({ id: "theirs", commitmentId: "theirs", at: "2026-02-01T00:00:00.000Z" });
    seed({ state: { events: [theirs], authorName: "" }, version: 1 });

    await useUpdatesStore.persist.rehydrate();

    expect(useUpdatesStore.getState().events).toEqual([theirs, ours]);
  });

  it("keeps an event that is in both logs once", async () => {
    const shared = statusEvent({ id: "shared" });
    seed({ state: { events: [shared], authorName: "" }, version: 1 });
    const { useUpdatesStore } = await loadStore();
    const later = retraction({ id: "later", batchId: shared.batchId });
    seed({ state: { events: [shared, later], authorName: "" }, version: 1 });

    await useUpdatesStore.persist.rehydrate();

    expect(useUpdatesStore.getState().events).toEqual([shared, later]);
  });

  it("takes the stored name over the one in memory, but keeps ours when none is stored", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.authorNameChanged("Alice");
    seed({ state: { events: [], authorName: "Bob" }, version: 1 });
    await useUpdatesStore.persist.rehydrate();
    expect(useUpdatesStore.getState().authorName).toBe("Bob");

    seed({ state: { events: [], authorName: "" }, version: 1 });
    await useUpdatesStore.persist.rehydrate();
    expect(useUpdatesStore.getState().authorName).toBe("Bob");
  });

  it("writes the union back when another tab changes the log", async () => {
    const { useUpdatesStore, syncUpdatesAcrossTabs } = await loadStore();
    const stopSync = syncUpdatesAcrossTabs();
    try {
      useUpdatesStore.getState().actions.statusChanged({
        commitmentId: "ours",
        changes: [{ party: "us", status: "done" }],
        note: "Why.",
      });
      const theirs = statusEvent({ id: "theirs", commitmentId: "theirs", at: "2026-02-01T00:00:00.000Z" });
      seed({ state: { events: [theirs], authorName: "" }, version: 1 });

      window.dispatchEvent(new StorageEvent("storage", { key: KEY }));

      await vi.waitFor(() => {
        const saved = stored() as { state: { events: LocalEvent[] } };
        expect(saved.state.events.map((event) => event.id)).toEqual([
          "theirs",
          useUpdatesStore.getState().events[1]?.id,
        ]);
      });
    } finally {
      stopSync();
    }
  });

  it("does not react to changes of other keys", async () => {
    const { useUpdatesStore, syncUpdatesAcrossTabs } = await loadStore();
    const stopSync = syncUpdatesAcrossTabs();
    try {
      seed({ state: { events: [statusEvent()], authorName: "" }, version: 1 });
      const rehydrate = vi.spyOn(useUpdatesStore.persist, "rehydrate");
      window.dispatchEvent(new StorageEvent("storage", { key: "something-else" }));
      expect(rehydrate).not.toHaveBeenCalled();
      expect(useUpdatesStore.getState().events).toEqual([]);
    } finally {
      stopSync();
    }
  });
});

describe("createSafeJsonStorage", () => {
  const setup = () => {
    const problems: StorageProblem[] = [];
    const storage = createSafeJsonStorage<{ count: number }>((problem) => problems.push(problem));
    return { storage, problems };
  };

  it("reads nothing, and reports nothing, when nothing is stored", () => {
    const { storage, problems } = setup();
    expect(storage.getItem("k")).toBeNull();
    expect(problems).toEqual([]);
  });

  it("writes a value as JSON and reads it back", () => {
    const { storage, problems } = setup();
    storage.setItem("k", { state: { count: 2 }, version: 3 });
    expect(JSON.parse(localStorage.getItem("k") ?? "")).toEqual({ state: { count: 2 }, version: 3 });
    expect(storage.getItem("k")).toEqual({ state: { count: 2 }, version: 3 });
    expect(problems).toEqual([]);
  });

  it.each([
    ["text that is not JSON", "{oops"],
    ["JSON without a state and version", '{"count":2}'],
    ["JSON with a state but no version", '{"state":{"count":2}}'],
    ["a JSON list", "[1,2]"],
    ["JSON null", "null"],
  ])("keeps %s aside with its text intact and reports it", (_case, raw) => {
    const { storage, problems } = setup();
    localStorage.setItem("k", raw);
    expect(storage.getItem("k")).toBeNull();
    expect(problems).toEqual([
      { kind: "unreadable", asideKey: expect.stringMatching(/^k:unreadable:/), raw },
    ]);
    const [problem] = problems;
    expect(problem?.kind === "unreadable" && localStorage.getItem(problem.asideKey ?? "")).toBe(raw);
  });

  it("reports a write the browser refuses instead of throwing", () => {
    const { storage, problems } = setup();
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaExceeded();
    });
    expect(() => storage.setItem("k", { state: { count: 1 }, version: 1 })).not.toThrow();
    expect(problems).toEqual([
      { kind: "not-saved", reason: expect.stringMatching(/quota has been exceeded/) },
    ]);
  });

  it("reports storage the browser does not allow, and neither reads nor throws", () => {
    const { storage, problems } = setup();
    vi.spyOn(globalThis, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("Access is denied.", "SecurityError");
    });
    expect(storage.getItem("k")).toBeNull();
    expect(() => storage.setItem("k", { state: { count: 1 }, version: 1 })).not.toThrow();
    expect(problems.map((problem) => problem.kind)).toEqual(["unavailable", "not-saved"]);
  });

  it("removes a value", () => {
    const { storage } = setup();
    localStorage.setItem("k", "{}");
    storage.removeItem("k");
    expect(localStorage.getItem("k")).toBeNull();
  });
});

describe("keepAside", () => {
  it("copies the raw text to a key of its own and returns that key", () => {
    const key = keepAside("k", "raw text");
    expect(key).toMatch(/^k:unreadable:/);
    expect(localStorage.getItem(key ?? "")).toBe("raw text");
  });

  it("keeps two values set aside in the same millisecond apart", () => {
    const first = keepAside("k", "first");
    const second = keepAside("k", "second");
    expect(localStorage.getItem(first ?? "")).toBe("first");
    expect(localStorage.getItem(second ?? "")).toBe("second");
  });

  it("does not throw when the browser refuses the copy", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaExceeded();
    });
    expect(keepAside("k", "raw text")).toBeNull();
  });

  it("does not write over a damaged value it could not keep aside, and keeps it in memory", async () => {
    seed("{ damaged");
    const realSetItem = Storage.prototype.setItem;
    // Full storage: nothing new can be written, so the damaged value cannot be copied aside.
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaExceeded();
    });
    await loadStore();
    await Promise.resolve(); // the deferred write-back would run here
    Storage.prototype.setItem = realSetItem;
    expect(localStorage.getItem(KEY)).toBe("{ damaged");
    expect(storageProblem()).toEqual({ kind: "unreadable", asideKey: null, raw: "{ damaged" });
  });
});

describe("updatesImported", () => {
  it("adds only the events this browser lacks, and says how many", async () => {
    seed({ state: { events: [statusEvent()], authorName: "" }, version: 1 });
    const { useUpdatesStore } = await loadStore();
    const imported = [statusEvent(), statusEvent({ id: "event-2", party: "fr" }), retraction()];
    expect(useUpdatesStore.getState().actions.updatesImported(imported)).toBe(2);
    expect(useUpdatesStore.getState().events.map((event) => event.id)).toEqual([
      "event-1",
      "event-2",
      "retraction-1",
    ]);
  });

  it("adds nothing when the same events are imported again", async () => {
    const { useUpdatesStore } = await loadStore();
    const { actions } = useUpdatesStore.getState();
    const imported = [statusEvent(), retraction()];
    actions.updatesImported(imported);
    expect(actions.updatesImported(imported)).toBe(0);
    expect(useUpdatesStore.getState().events).toEqual(imported);
  });

  it("counts an event the file lists twice once", async () => {
    const { useUpdatesStore } = await loadStore();
    expect(useUpdatesStore.getState().actions.updatesImported([statusEvent(), statusEvent()])).toBe(1);
    expect(useUpdatesStore.getState().events).toEqual([statusEvent()]);
  });

  it("saves the imported events", async () => {
    const { useUpdatesStore } = await loadStore();
    useUpdatesStore.getState().actions.updatesImported([statusEvent(), retraction()]);
    const saved = stored() as { state: { events: LocalEvent[] } };
    expect(saved.state.events).toEqual([statusEvent(), retraction()]);
  });
});

type StorageFixture = {
  expected: { events: number; active: number; authorName: string };
  stored: { state: unknown; version: number };
};

const storageFixtures = Object.entries(
  import.meta.glob<StorageFixture>("./storage-fixtures/*.json", { eager: true, import: "default" }),
).map(([path, fixture]) => ({ name: path.replace("./storage-fixtures/", ""), ...fixture }));

describe("a log stored by every version of the tracker", () => {
  it("has fixtures to read", () => {
    expect(storageFixtures.length).toBeGreaterThan(0);
  });

  it.each(storageFixtures)("is read whole from $name, reporting no problem", async ({ stored, expected }) => {
    seed(stored);
    const { useUpdatesStore } = await loadStore();
    expect(useUpdatesStore.getState().events).toHaveLength(expected.events);
    expect(useUpdatesStore.getState().authorName).toBe(expected.authorName);
    expect(storageProblem()).toBeNull();
    expect(asideValues()).toEqual({});
  });
});
