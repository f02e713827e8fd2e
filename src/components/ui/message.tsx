import type { ReactNode } from "react";

type MessageProps = {
  tone: "error" | "warning" | "info";
  title: string;
  children?: ReactNode;
};

/** A boxed message. Errors and warnings interrupt (role=alert); information waits its turn (role=status). */
export function Message({ tone, title, children }: MessageProps) {
  return (
    <div className={`message message--${tone}`} role={tone === "info" ? "status" : "alert"}>
      <p className="message__title">{title}</p>
      {children}
    </div>
  );
}
