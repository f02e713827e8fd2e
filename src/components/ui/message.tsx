import type { ReactNode } from "react";

type MessageProps = {
  tone: "error" | "warning" | "info";
  title: string;
  /** "h1" when the message is all the page has to say (the data could not be loaded). */
  titleAs?: "h1" | "p";
  children?: ReactNode;
};

/** A boxed message. Errors and warnings interrupt (role=alert); information waits its turn (role=status). */
export function Message({ tone, title, titleAs: Title = "p", children }: MessageProps) {
  return (
    <div className={`message message--${tone}`} role={tone === "info" ? "status" : "alert"}>
      <Title className="message__title">{title}</Title>
      {children}
    </div>
  );
}
