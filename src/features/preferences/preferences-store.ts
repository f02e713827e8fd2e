import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { type Lang, languages } from "@/lib/languages";
import { z } from "@/lib/zod";

// The person's interface preferences, remembered in this browser. Not their updates (status/updates-store):
// losing a preference costs a click, so a value that does not read back is simply replaced by the default.

export const PREFERENCES_STORAGE_KEY = "us-fr-tracker:preferences";
const PREFERENCES_STORAGE_VERSION = 1;

/** Days without a review after which a commitment is flagged stale (issue 6). */
export const DEFAULT_STALE_AFTER_DAYS = 90;
export const MAX_STALE_AFTER_DAYS = 3650;
export const staleAfterDaysSchema = z
  .number({ error: "must be a number" })
  .check(
    z.int("must be a whole number"),
    z.minimum(1, "must be at least 1"),
    z.maximum(MAX_STALE_AFTER_DAYS, `must be at most ${MAX_STALE_AFTER_DAYS}`),
  );

const preferencesSchema = z.object({
  language: z.catch(z.nullable(z.enum(languages)), null),
  staleAfterDays: z.catch(staleAfterDaysSchema, DEFAULT_STALE_AFTER_DAYS),
});
type Preferences = z.infer<typeof preferencesSchema>;
const defaults: Preferences = { language: null, staleAfterDays: DEFAULT_STALE_AFTER_DAYS };

type PreferencesState = Preferences & {
  actions: {
    languageRemembered: (language: Lang) => void;
    /** Sets the days after which a commitment not reviewed is stale; false (nothing saved) when not valid. */
    staleAfterDaysChanged: (days: number) => boolean;
  };
};

/**
 * The browser's storage, with writes it refuses (full, or disabled) dropped: the language must still change
 * when it cannot be remembered, and the updates store already tells the person that nothing is being saved.
 */
function forgivingStorage(storage: Storage): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  return {
    getItem: (name) => storage.getItem(name),
    setItem: (name, value) => {
      try {
        storage.setItem(name, value);
      } catch {
        // Not remembered: the next visit without `lang` in its link opens in the browser's language.
      }
    },
    removeItem: (name) => storage.removeItem(name),
  };
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      ...defaults,
      actions: {
        languageRemembered: (language) => set({ language }),
        staleAfterDaysChanged: (days) => {
          const checked = staleAfterDaysSchema.safeParse(days);
          if (checked.success) set({ staleAfterDays: checked.data });
          return checked.success;
        },
      },
    }),
    {
      name: PREFERENCES_STORAGE_KEY,
      version: PREFERENCES_STORAGE_VERSION,
      storage: createJSONStorage(() => forgivingStorage(localStorage)),
      partialize: ({ language, staleAfterDays }) => ({ language, staleAfterDays }),
      // Stored state is untrusted: what does not validate falls back to the defaults.
      merge: (persisted, current) => {
        // Each field falls back on its own (.catch): a bad stale setting does not lose the language.
        const parsed = preferencesSchema.safeParse(persisted ?? {});
        return { ...current, ...(parsed.success ? parsed.data : defaults) };
      },
    },
  ),
);

export const useRememberedLanguage = () => usePreferencesStore((state) => state.language);
export const useStaleAfterDays = () => usePreferencesStore((state) => state.staleAfterDays);
export const usePreferenceActions = () => usePreferencesStore((state) => state.actions);
