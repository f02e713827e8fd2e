import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/lib/intl-format";
import type { Party, Status } from "./dataset-schema";

/** The status vocabulary and the sides' names in the page's language (DESIGN.md, "Status vocabulary"). */
export function useLabels() {
  const { t } = useTranslation("commitments");
  const format = useFormat();
  return useMemo(() => {
    const status = (id: Status) => t(`status.${id}`);
    const party = (id: Party) => t(`party.${id}`);
    return {
      status,
      party,
      /** "United States and France" / "États-Unis et France". */
      parties: (ids: readonly Party[]) => format.list(ids.map(party)),
      /** A change of sides' statuses in words: "United States → Done, France → Done". */
      changes: (changes: readonly { party: Party; status: Status }[]) =>
        changes
          .map((change) => t("change", { party: party(change.party), status: status(change.status) }))
          .join(", "),
    };
  }, [t, format]);
}
