import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { type Lang, languages } from "@/lib/languages";
import { z } from "@/lib/zod";

// The person's interface preferences, remembered in this browser. Not their updates (status/updates-store):
// losing a preference costs a click, so a value that does not read back is simply replaced by the default.

export const PREFERENCES_STORAGE_KEY = "us-fr-tracker:preferences";
const PREFERENCES_STORAGE_VERSION = 1;

const preferencesSchema = z.object({
  language: z.enum(languages).nullable().catch(null),
});
type Preferences = z.infer<typeof preferencesSchema>;
const defaults: Preferences = { language: null };

type PreferencesState = Preferences & {
  actions: { languageRemembered: (language: Lang) => void };
};

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      ...defaults,
      actions: { languageRemembered: (language) => set({ language }) },
    }),
    {
      name: PREFERENCES_STORAGE_KEY,
      version: PREFERENCES_STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language }) => ({ language }),
      // Stored state is untrusted: what does not validate falls back to the defaults.
      merge: (persisted, current) => {
        const parsed = preferencesSchema.safeParse(persisted);
        return { ...current, ...(parsed.success ? parsed.data : defaults) };
      },
    },
  ),
);

export const useRememberedLanguage = () => usePreferencesStore((state) => state.language);
export const usePreferenceActions = () => usePreferencesStore((state) => state.actions);
