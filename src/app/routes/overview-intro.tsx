/**
 * The overview's heading and introduction. Shown by the overview, and while its data loads by the pages
 * before it at `/` (index.html's first page, then the layout's loading page), in the same place, so that
 * what the reader began to read stays where it is when the data arrives (decision 020).
 */
export function OverviewIntro({ title, lede }: { title: string; lede: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
    </>
  );
}
