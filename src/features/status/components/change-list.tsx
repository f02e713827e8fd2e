import { paths } from "@/config/paths";
import type { Commitment } from "@/features/commitments/dataset-schema";
import { localize } from "@/features/commitments/localize";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { type ChangeGroup, describeChange, type Wording } from "../changes";

type ChangeListProps = {
  groups: readonly ChangeGroup[];
  commitments: ReadonlyMap<string, Commitment>;
  wording: Wording;
};

/** The changes in words, a list per group (an initiative or a day), each line naming its commitment. */
export function ChangeList({ groups, commitments, wording }: ChangeListProps) {
  return (
    <div className="change-list">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`changes-${group.key}`}>
          <h2 id={`changes-${group.key}`}>{group.title}</h2>
          <ul>
            {group.changes.map((change) => {
              const commitment = commitments.get(change.commitmentId);
              return (
                <li key={change.id} className={change.local ? "change change--local" : "change"}>
                  <LinkWithFilters to={paths.commitment.href(change.commitmentId)}>
                    {commitment ? localize(commitment.title, wording.lang) : change.commitmentId}
                  </LinkWithFilters>
                  : {describeChange(change, wording)}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
