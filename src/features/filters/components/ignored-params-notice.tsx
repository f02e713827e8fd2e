import { Message } from "@/components/ui/message";
import type { IgnoredParam } from "../filter-params";

type IgnoredParamsNoticeProps = { ignored: IgnoredParam[] };

const MAX_SHOWN_VALUE = 60;

/** Says which parts of the link were not used, so a mistyped or outdated link is never silently wrong. */
export function IgnoredParamsNotice({ ignored }: IgnoredParamsNoticeProps) {
  if (ignored.length === 0) return null;
  return (
    <Message tone="warning" title="Part of this link was not used">
      <ul>
        {ignored.map(({ param, value, reason }) => (
          <li key={`${param}=${value}`}>
            <code>
              {param}={value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value}
            </code>{" "}
            {reason}.
          </li>
        ))}
      </ul>
      <p>The page shows everything else the link asked for. Change a filter to get a clean link.</p>
    </Message>
  );
}
