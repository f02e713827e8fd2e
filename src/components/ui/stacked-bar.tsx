export type StackedBarSegment = { key: string; count: number; className: string };

type StackedBarProps = { segments: StackedBarSegment[] };

/** A bar split into proportional segments. Decorative: the counts must be given as text beside it. */
export function StackedBar({ segments }: StackedBarProps) {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  return (
    <div className="stacked-bar" aria-hidden="true">
      {total > 0 &&
        segments
          .filter((segment) => segment.count > 0)
          .map((segment) => (
            <span
              key={segment.key}
              className={`stacked-bar__segment ${segment.className}`}
              style={{ flexGrow: segment.count }}
            />
          ))}
    </div>
  );
}
