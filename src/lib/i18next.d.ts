import "i18next";
import type { defaultNamespace, resources } from "@/locales/resources";

// Keys are checked at compile time against the English texts.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)["en"];
  }
}
