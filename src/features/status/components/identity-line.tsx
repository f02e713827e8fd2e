import { useTranslation } from "react-i18next";
import { useLabels } from "@/features/commitments/use-labels";
import { richText } from "@/lib/rich-text";
import { askIdentity } from "../identity-prompt";
import { useAuthorName, useAuthorSide } from "../updates-store";

/** Who the changes are recorded as, with a way to change it; before the first change, what will be asked. */
export function IdentityLine() {
  const { t } = useTranslation("team");
  const labels = useLabels();
  const name = useAuthorName().trim();
  const side = useAuthorSide();
  if (!name || !side) {
    return (
      <p className="identity-line">
        {t("identity.notYet")}{" "}
        <button type="button" className="button button--small" onClick={() => void askIdentity("change")}>
          {t("identity.giveNow")}
        </button>
      </p>
    );
  }
  return (
    <p className="identity-line">
      {richText(
        (values) => String(t("identity.recordedAs", values as never)),
        { name, side: labels.party(side) },
        { name: (children) => <strong>{children}</strong> },
      )}{" "}
      <button type="button" className="button button--small" onClick={() => void askIdentity("change")}>
        {t("identity.changeButton")}
      </button>
    </p>
  );
}
