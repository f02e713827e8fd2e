// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { i18n } from "./i18n";
import { richText } from "./rich-text";

describe("richText", () => {
  it("turns the text's tags into the components given, with values as text", () => {
    const { container } = render(
      <p>
        {richText(
          (values) => String(i18n.t("app:notFound.didYouMean", values as never)),
          { label: "Space" },
          {
            link: (children) => <a href="/x">{children}</a>,
          },
        )}
      </p>,
    );
    expect(container.innerHTML).toBe('<p>Did you mean <a href="/x">Space</a>?</p>');
  });

  it("never reads a value as markup", () => {
    const { container } = render(
      <p>
        {richText((values) => String(i18n.t("app:notFound.didYouMean", values as never)), {
          label: "<b>x</b> {{y}}",
        })}
      </p>,
    );
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toBe("Did you mean <b>x</b> {{y}}?");
  });

  it("words the sentence in the language asked for", () => {
    const fr = i18n.getFixedT("fr", "app");
    const { container } = render(
      <p>{richText((values) => String(fr("notFound.didYouMean", values as never)), { label: "Espace" })}</p>,
    );
    expect(container.textContent).toBe("Vouliez-vous dire Espace\u202f?");
  });
});
