import { useTranslation } from "react-i18next";
import { Message } from "@/components/ui/message";
import type { IgnoredParam } from "../filter-params";

type IgnoredParamsNoticeProps = { ignored: IgnoredParam[] };

const MAX_SHOWN_VALUE = 60;

/** Says which parts of the link were not used, so a mistyped or outdated link is never silently wrong. */
export function IgnoredParamsNotice({ ignored }: IgnoredParamsNoticeProps) {
  const { t } = useTranslation("filters");
  if (ignored.length === 0) return null;
  return (
    <Message tone="warning" title={t("ignored.title")}>
      <ul>
        {ignored.map(({ param, value, reason }) => (
          <li key={`${param}=${value}`}>
            <code>
              {param}={value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value}
            </code>{" "}
            {/* The reason is kept as a key (decision 014): it follows the page's language. */}
            {String(t(`ignored.reason.${reason.key}`, (reason.values ?? {}) as never))}.
          </li>
        ))}
      </ul>
      <p>{t("ignored.rest")}</p>
    </Message>
  );
}
