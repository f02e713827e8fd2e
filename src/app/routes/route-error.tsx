import { isRouteErrorResponse, useRouteError } from "react-router";

type RouteErrorProps = {
  /** The root's boundary replaces the whole page, so it brings its own <main>; a view's sits inside one. */
  standalone?: boolean;
};

/** Shown instead of a blank page when a view fails: what failed, and the way back. */
export function RouteError({ standalone = false }: RouteErrorProps) {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  const content = (
    <>
      <title>Something went wrong — US–France commitments tracker</title>
      <h1>Something went wrong</h1>
      <div className="message message--error" role="alert">
        <p className="message__title">This view could not be shown.</p>
        <p>{detail}</p>
      </div>
      <p>
        Your updates are safe in this browser. <a href={import.meta.env.BASE_URL}>Go back to the overview</a>{" "}
        or reload the page.
      </p>
    </>
  );
  return standalone ? (
    <main className="site-main" id="main">
      {content}
    </main>
  ) : (
    content
  );
}
