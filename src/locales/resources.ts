import { a11y as enA11y } from "./en/a11y";
import { app as enApp } from "./en/app";
import { boards as enBoards } from "./en/boards";
import { commitments as enCommitments } from "./en/commitments";
import { common as enCommon } from "./en/common";
import { filters as enFilters } from "./en/filters";
import { status as enStatus } from "./en/status";
import { team as enTeam } from "./en/team";
import { time as enTime } from "./en/time";
import { a11y as frA11y } from "./fr/a11y";
import { app as frApp } from "./fr/app";
import { boards as frBoards } from "./fr/boards";
import { commitments as frCommitments } from "./fr/commitments";
import { common as frCommon } from "./fr/common";
import { filters as frFilters } from "./fr/filters";
import { status as frStatus } from "./fr/status";
import { team as frTeam } from "./fr/team";
import { time as frTime } from "./fr/time";

// Every namespace, in both languages. A feature adds its own namespace (one file per language under
// src/locales/<lang>/) and one line here for each language, so features do not edit each other's texts.
export const resources = {
  en: {
    common: enCommon,
    app: enApp,
    commitments: enCommitments,
    boards: enBoards,
    filters: enFilters,
    status: enStatus,
    a11y: enA11y,
    time: enTime,
    team: enTeam,
  },
  fr: {
    common: frCommon,
    app: frApp,
    commitments: frCommitments,
    boards: frBoards,
    filters: frFilters,
    status: frStatus,
    a11y: frA11y,
    time: frTime,
    team: frTeam,
  },
} as const;

export const defaultNamespace = "common";
