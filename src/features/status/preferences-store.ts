import { create } from "zustand";
import { persist } from "zustand/middleware";
import { createSafeJsonStorage } from "@/lib/safe-json-storage";
import { z } from "@/lib/zod";
import { DEFAULT_STALE_AFTER_DAYS, MAX_STALE_AFTER_DAYS } from "./staleness";

// The person's preferences, apart from the log of updates: a preference is replaced, not merged, and losing
// one costs nothing but a default, so it does not share the updates' storage version or their safeguards.

export const PREFERENCES_STORAGE_KEY = "us-fr-tracker:preferences";

export const staleAfterDaysSchema = z
  .number({ error: "must be a number of days" })
  .int("must be a whole number of days")
  .min(1, "must be at least 1 day")
  .max(MAX_STALE_AFTER_DAYS, `must be at most ${MAX_STALE_AFTER_DAYS} days`);

const preferencesSchema = z.object({ staleAfterDays: staleAfterDaysSchema.catch(DEFAULT_STALE_AFTER_DAYS) });
type Preferences = z.infer<typeof preferencesSchema>;

type PreferencesState = Preferences & {
  actions: {
    /** Sets the number of days after which a commitment not reviewed is stale; returns why not, or null. */
    staleAfterDaysChanged: (days: number) => string | null;
  };
};

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
      actions: {
        staleAfterDaysChanged: (days) => {
          const checked = staleAfterDaysSchema.safeParse(days);
          if (!checked.success) return checked.error.issues[0]?.message ?? "is not valid";
          set({ staleAfterDays: checked.data });
          return null;
        },
      },
    }),
    {
      name: PREFERENCES_STORAGE_KEY,
      version: 1,
      storage: createSafeJsonStorage<Preferences>(() => {}),
      partialize: ({ staleAfterDays }) => ({ staleAfterDays }),
      // Stored values are untrusted: anything but a valid number of days reads as the default.
      merge: (persisted, current) => ({ ...current, ...preferencesSchema.parse(persisted ?? {}) }),
    },
  ),
);

export const useStaleAfterDays = () => usePreferencesStore((state) => state.staleAfterDays);
export const usePreferenceActions = () => usePreferencesStore((state) => state.actions);
