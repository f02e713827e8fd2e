import { type FocusEvent, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { statusGlyphs } from "@/features/commitments/status";
import { type Status, statusIds } from "@/features/commitments/status-event-schema";

type MoveToMenuProps = {
  title: string;
  current: Status;
  /** Whose status moves: "every side", or one side's name. */
  scope: string;
  /** `opener`: the "Move to…" button, where focus goes back if the move is cancelled. */
  onMove: (status: Status, opener: HTMLElement | null) => void;
};

// Tabbing out of the menu closes it, so it never lingers over what has focus next.
function closeWhenFocusLeaves(event: FocusEvent<HTMLDivElement>) {
  const menu = event.currentTarget;
  const next = event.relatedTarget;
  if (next instanceof Node && (menu.contains(next) || menu.parentElement?.contains(next))) return;
  if (menu.matches(":popover-open")) menu.hidePopover();
}

/**
 * "Move to…": a button that opens a native popover listing the other columns. The popover brings Escape,
 * outside-click dismissal and a tab order that follows the button, for mouse and keyboard alike; CSS anchors
 * it under its button (the popover's invoker is its implicit anchor).
 */
export function MoveToMenu({ title, current, scope, onMove }: MoveToMenuProps) {
  const { t } = useTranslation(["boards", "commitments"]);
  const popoverId = useId();
  const targets = statusIds.filter((status) => status !== current);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="move-to">
      <button
        ref={button}
        type="button"
        className="button button--small move-to__button"
        popoverTarget={popoverId}
      >
        {/* The visible words start the accessible name (WCAG 2.5.3); the title tells cards apart. */}
        {t("board.moveTo")}
        <span className="visually-hidden"> ({title})</span>
      </button>
      {/* biome-ignore lint/a11y/useSemanticElements: a popover of buttons, not form fields; the group names it */}
      <div
        id={popoverId}
        popover="auto"
        role="group"
        aria-labelledby={`${popoverId}-heading`}
        className="move-to__menu"
        onBlur={closeWhenFocusLeaves}
      >
        <p id={`${popoverId}-heading`} className="move-to__heading">
          {t("board.setTo", { scope })}
        </p>
        <ul>
          {targets.map((status) => (
            <li key={status}>
              <button
                type="button"
                className={`move-to__option status--${status}`}
                popoverTarget={popoverId}
                popoverTargetAction="hide"
                onClick={() => onMove(status, button.current)}
              >
                <span aria-hidden="true">{statusGlyphs[status]}</span> {t(`commitments:status.${status}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
