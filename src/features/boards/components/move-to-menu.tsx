import { useId } from "react";
import { statusGlyphs } from "@/features/commitments/components/status-badge";
import { type Status, statusIds } from "@/features/commitments/dataset-schema";
import { statusLabels } from "@/features/commitments/status";

type MoveToMenuProps = {
  title: string;
  current: Status;
  onMove: (status: Status) => void;
};

/**
 * "Move to…": a button that opens a native popover listing the other columns. The popover brings Escape,
 * outside-click dismissal and a sensible tab order with it, for mouse and keyboard alike.
 */
export function MoveToMenu({ title, current, onMove }: MoveToMenuProps) {
  const popoverId = useId();
  const targets = statusIds.filter((status) => status !== current);
  return (
    <div className="move-to">
      <button
        type="button"
        className="button button--small"
        popoverTarget={popoverId}
        aria-label={`Move “${title}” to…`}
      >
        Move to…
      </button>
      <div id={popoverId} popover="auto" className="move-to__menu">
        <p className="move-to__heading">Move to</p>
        <ul>
          {targets.map((status) => (
            <li key={status}>
              <button
                type="button"
                className={`move-to__option status--${status}`}
                popoverTarget={popoverId}
                popoverTargetAction="hide"
                onClick={() => onMove(status)}
              >
                <span aria-hidden="true">{statusGlyphs[status]}</span> {statusLabels[status].en}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
