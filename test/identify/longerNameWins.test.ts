import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AuthorityIndex, buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { type ContentText, identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { defaultRequestPath } from "../../src/knowledge/request.js";
import { index as index2015 } from "./realIndex.js";

/**
 * A round authority's name that begins with, or is built from, the names of
 * bodies outside the round (Bournemouth and Poole until 2019, the district of
 * Christchurch, Northamptonshire until 2021) is that authority, whether the
 * title is one cell or a CSV line split at the comma in the name; and the
 * outside body's own name stays outside.
 */
const dir = mkdtempSync(join(tmpdir(), "foi-agg-longer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = JSON.parse(readFileSync(defaultRequestPath(KNOWLEDGE_DIR), "utf8")) as Record<string, unknown>;

function indexAsAt(asAt: string): AuthorityIndex {
  const request = join(dir, `request-${asAt}.json`);
  writeFileSync(request, JSON.stringify({ ...base, authorities: { list: "uk-local-authorities", asAt } }));
  const k = loadKnowledge({ request });
  return buildAuthorityIndex(k.authorities, k.aliases, k.outside);
}
const index2024 = indexAsAt("2024-04-30");
const index2022 = indexAsAt("2022-12-31");

/** The title as one cell, then the rest of a reply's first rows. */
const asOneCell = (title: string): ContentText[] => [
  { text: title, cell: "A1" },
  { text: "Period: 1 January 2022 to 31 December 2022", cell: "A2" },
  { text: "Question", cell: "A4" },
  { text: "Answer", cell: "B4" },
];

/** The title as a CSV reader gives it when the comma in it is not quoted: one cell per piece, spaces kept. */
const asCsvLine = (title: string): ContentText[] => [
  ...title.split(",").map((text, i) => ({ text, cell: `${String.fromCharCode(65 + i)}1` })),
  ...asOneCell(title).slice(1),
];

const identify = (texts: ContentText[], index: AuthorityIndex) =>
  identifyAuthority({ file: "reply.csv", manifestCode: null, contentTexts: texts, index });

const layouts = [
  ["one cell", asOneCell],
  ["a CSV line split at its commas", asCsvLine],
] as const;

describe.each(layouts)("a title as %s", (_, layout) => {
  it.each([
    ["Bournemouth, Christchurch and Poole Council - Freedom of Information response", "E06000058"],
    ["Bournemouth Christchurch and Poole Council", "E06000058"],
    ["BCP Council, Freedom of Information response", "E06000058"],
    ["North Northamptonshire Council, Freedom of Information response", "E06000061"],
    ["West Northamptonshire Council", "E06000062"],
    ["Westmorland and Furness Council, Freedom of Information response", "E06000064"],
    ["Cumberland Council, Freedom of Information response", "E06000063"],
    ["Newry, Mourne and Down District Council", "N09000010"],
    ["Armagh City, Banbridge and Craigavon Borough Council", "N09000002"],
  ])("in a 2024 round, %s is %s", (title, code) => {
    const result = identify(layout(title), index2024);
    expect(result.issues).toEqual([]);
    expect(result.match?.code).toBe(code);
  });

  it.each([
    ["Bournemouth, Christchurch and Poole Council - Freedom of Information response", "E06000058"],
    ["North Northamptonshire Council", "E06000061"],
  ])("in a 2022 round, %s is %s", (title, code) => {
    expect(identify(layout(title), index2022).match?.code).toBe(code);
  });

  it.each([
    [
      "Bournemouth Borough Council, Freedom of Information response",
      "Bournemouth Borough Council",
      "an authority until 2019-03-31",
    ],
    ["Bournemouth, Freedom of Information response", "Bournemouth Borough Council", "an authority until 2019-03-31"],
    ["Borough of Poole - Freedom of Information response", "Borough of Poole", "an authority until 2019-03-31"],
    ["Christchurch Borough Council", "Christchurch Borough Council", "a district council"],
    [
      "Northamptonshire County Council, Children's Services",
      "Northamptonshire County Council",
      "an authority until 2021-03-31",
    ],
    ["Cumberland Council, Freedom of Information response", "Cumberland Council", "an authority from 2023-04-01"],
  ])("in a 2022 round, %s stays outside the round as %s", (title, name, body) => {
    const result = identify(layout(title), index2022);
    expect(result.match).toBeNull();
    expect(result.outside).toEqual({ name, body });
    expect(result.issues.map((i) => i.code)).toEqual(["authority_outside_round"]);
  });

  it("in the 2015 round, Bournemouth, Christchurch and Poole Council is outside the round", () => {
    const result = identify(
      layout("Bournemouth, Christchurch and Poole Council - Freedom of Information response"),
      index2015,
    );
    expect(result.match).toBeNull();
    expect(result.outside?.body).toBe("an authority from 2019-04-01");
  });
});

it.each([
  ["Kent", "County Council", "E10000016", []],
  ["Bournemouth", "Poole", null, ["authority_ambiguous"]],
])(
  "in the 2015 round, cells %s | %s, which join into no longer name, keep their own readings",
  (a, b, code, issues) => {
    const result = identify(
      [
        { text: a, cell: "A1" },
        { text: b, cell: "B1" },
      ],
      index2015,
    );
    expect(result.match?.code ?? null).toBe(code);
    expect(result.issues.map((i) => i.code)).toEqual(issues);
  },
);
