import { describe, expect, it } from "vitest";
import { identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { aliases, authorities, index } from "./realIndex.js";

/**
 * "NLC FOI 210933 data.csv": letters two councils share (North Lanarkshire,
 * North Lincolnshire), in a csv with no letterhead. Only a Scottish council
 * answers under FOISA, and only one elsewhere under the Freedom of
 * Information Act 2000, so the law the file cites tells them apart.
 */
describe("letters two councils in different nations share, told apart by the law the reply cites", () => {
  const identify = (file: string, texts: string[]) =>
    identifyAuthority({
      file,
      manifestCode: null,
      contentTexts: texts.map((text, i) => ({ text, cell: `D${i + 2}` })),
      index,
    });
  const nameOf = (code: string | undefined) => (code ? index.byCode.get(code)?.name : undefined);

  it.each<[string, string[], string]>([
    [
      "NLC FOI 210933 data.csv",
      ["Refused", "Section 12(1) FOISA - it would cost more than £600 to comply"],
      "North Lanarkshire",
    ],
    [
      "NLC FOI 210933 data.csv",
      ["Withheld under section 40(2) of the Freedom of Information Act 2000"],
      "North Lincolnshire",
    ],
    ["GCC FOI 5521.xlsx", ["Response under the Freedom of Information (Scotland) Act 2002"], "Glasgow City"],
    ["CEC FOI 101-22.txt", ["Section 38(1)(b) of FOISA applies"], "City of Edinburgh"],
    // A case-record system only Welsh councils use: of the councils "DCC" may mean, only Denbighshire is Welsh.
    [
      "DCC FOI 24-318 LAC cohort export.csv",
      ["Report: LAC UASC-Trafficking cohort (WCCIS)   Run: 03/06/2024 09:14   User: PERF-ANALYST2"],
      "Denbighshire",
    ],
    ["DCC FOI 24-318 LAC cohort export.csv", ["Section 38(1)(b) of FOISA applies"], "Dundee City"],
    ["MCC FOI 22-118.csv", ["Exported from the Welsh Community Care Information System"], "Monmouthshire"],
  ])("%s citing %j → %s, and told", (file, texts, name) => {
    const result = identify(file, texts);
    expect(nameOf(result.match?.code)).toBe(name);
    const told = result.issues.find((i) => i.code === "authority_from_initials");
    expect(told?.authority).toBe(result.match?.code);
    expect(told?.message).toMatch(/could be/);
  });

  it("says a system is no law when it settles the council", () => {
    const told = identify("DCC FOI 24-318 LAC cohort export.csv", ["Report (WCCIS)"]).issues.find(
      (i) => i.code === "authority_from_initials",
    );
    expect(told?.message).toMatch(/names "WCCIS" .*case-record system only Welsh councils use/);
    expect(told?.message).not.toMatch(/a law only/);
  });

  it.each<[string, string[]]>([
    // No law cited: the letters stay ambiguous.
    ["NLC FOI 210933 data.csv", ["Refused", "it would cost too much to comply"]],
    // Laws of two nations cited: nothing is settled.
    ["NLC FOI 210933 data.csv", ["Section 12(1) FOISA", "Freedom of Information Act 2000"]],
    // "FOIA" is not "FOISA"; the Act's name without its year is no law of one nation.
    ["NLC FOI 210933 data.csv", ["Section 12 FOIA"]],
    // Manchester and Monmouthshire's letters: England and Wales answer under the same Act, so no law tells them apart.
    ["MCC FOI 22-118.csv", ["Exempt under s.12 of the Freedom of Information Act 2000"]],
    // Six councils "DCC" may mean answer under the 2000 Act: it settles nothing.
    ["DCC FOI 24-318.csv", ["Withheld under section 40(2) of the Freedom of Information Act 2000"]],
    // A Welsh system and a Scottish law: no nation is left.
    ["DCC FOI 24-318.csv", ["WCCIS export", "Section 12(1) FOISA"]],
    // A longer word is not the system's name.
    ["DCC FOI 24-318.csv", ["WCCISX export"]],
    // Pembrokeshire and Powys County Council are both Welsh: a Welsh system settles nothing.
    ["PCC FOI 24-318 LAC cohort export.csv", ["Report: LAC cohort (WCCIS)"]],
    // Gloucestershire County Council and Gwynedd County Council both answer under the 2000 Act.
    ["GCC FOI 5521.xlsx", ["Withheld under section 40(2) of the Freedom of Information Act 2000"]],
  ])("%s citing %j is left unidentified", (file, texts) => {
    const result = identify(file, texts);
    expect(result.match).toBeNull();
  });
});

/**
 * A could_be list that leaves out a council the letters may mean gives the
 * file to a wrong council when the law leaves one listed one ("PCC" without
 * Powys County Council, Welsh like Pembrokeshire). Every council whose name
 * in the reference list (its own or an alternative, such as "Powys County
 * Council") has those initials must be listed.
 */
describe("every could_be list names each council with those initials", () => {
  const SMALL = new Set(["of", "and", "the", "upon", "on"]);
  const initials = (name: string) =>
    name
      .split(/[\s-]+/u)
      .filter((w) => w !== "" && !SMALL.has(w.toLowerCase()))
      .map((w) => w[0]?.toUpperCase())
      .join("");
  it.each(aliases.ambiguous.filter((a) => a.could_be !== undefined).map((a) => [a.name, a.could_be ?? []] as const))(
    "%s",
    (name, listed) => {
      const having = authorities
        .filter((a) => [a.name, ...(a.alt_names ?? [])].some((n) => initials(n) === name))
        .map((a) => a.name);
      expect(having.filter((n) => !listed.includes(n))).toEqual([]);
    },
  );
});
