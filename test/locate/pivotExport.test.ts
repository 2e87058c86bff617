import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * An Excel pivot table saved as csv (round 128): "Row Labels" in the
 * corner, "Count of …"/"Sum of …" value columns, each group a caption row
 * with its periods indented under it, a "<group> Total" row summing its
 * periods and a "Grand Total" row. It was read as a list of children, and
 * nothing in it was counted.
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const read = async (lines: readonly string[]) => {
  const r = await processFile(
    {
      file: "pivot export.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "E06000038",
    },
    untilHarmEnds,
  );
  return {
    facts: r.facts
      .filter((f) => f.status !== "not_answered")
      // The period is the row's ("    2021" → "2021"), beside its column's field in the figure's period text.
      .map((f) =>
        `${f.measure} ${(f.periodText ?? "")
          .split(" | ")
          .find((t) => /\d{4}/u.test(t))
          ?.trim()} ${f.status} ${f.value ?? ""}`.trim(),
      )
      .sort(),
    issues: r.issues,
  };
};

const HEADER = "Row Labels,Count of Child ID,Count of Went Missing,Sum of Missing Episodes";
const TRAFFICKED = [
  "Trafficked / Modern Slavery (identified or suspected),,,",
  "    2021,6,2,3",
  "    2022,5,1,1",
  "Trafficked / Modern Slavery (identified or suspected) Total,11,3,4",
];
const UASC = ["UASC / Separated,,,", "    2021,12,4,9", "    2022,10,0,0", "UASC / Separated Total,22,4,9"];

describe("an Excel pivot table exported as shown", () => {
  it("reads each period row under its group's caption, each column its field's measure", async () => {
    const { facts, issues } = await read([
      HEADER,
      ...TRAFFICKED,
      ...UASC,
      "Grand Total,33,7,13",
      "",
      "Source: LAC cohort report.",
    ]);
    expect(facts).toEqual(
      [
        "trafficked_looked_after 2021 reported 6",
        "trafficked_looked_after 2022 reported 5",
        "trafficked_went_missing 2021 reported 2",
        "trafficked_went_missing 2022 reported 1",
        "trafficked_missing_incidents 2021 reported 3",
        "trafficked_missing_incidents 2022 reported 1",
        "uasc_looked_after 2021 reported 12",
        "uasc_looked_after 2022 reported 10",
        "uasc_went_missing 2021 reported 4",
        "uasc_went_missing 2022 reported 0",
        "uasc_missing_incidents 2021 reported 9",
        "uasc_missing_incidents 2022 reported 0",
      ].sort(),
    );
    // The totals over periods are no requested figure, and said so.
    const outside = issues.filter((i) => i.code === "label_outside_request").map((i) => i.raw);
    expect(outside).toEqual(expect.arrayContaining(["Grand Total", "UASC / Separated Total"]));
    expect(issues.some((i) => i.code.startsWith("episode_"))).toBe(false);
  });

  it.each([
    [
      "a row that is no requested period",
      [HEADER, ...TRAFFICKED.slice(0, 2), "    Unknown,1,0,0", ...TRAFFICKED.slice(2), "Grand Total,12,3,4"],
    ],
    [
      "an average column",
      [
        "Row Labels,Count of Child ID,Average of Missing Episodes",
        "UASC / Separated,,",
        "    2021,12,2",
        "UASC / Separated Total,12,2",
        "Grand Total,12,2",
      ],
    ],
    [
      "a caption naming no group",
      [HEADER, "North locality,,,", "    2021,6,2,3", "North locality Total,6,2,3", "Grand Total,6,2,3"],
    ],
  ])("leaves a pivot with %s to the other readers", async (_how, lines) => {
    const { facts, issues } = await read(lines);
    expect(issues.some((i) => i.code === "label_outside_request" && i.raw === "Grand Total")).toBe(false);
    // The pivot reader declined, the other readers read no figure from it, and the file is reported as giving none.
    expect(facts).toEqual([]);
    expect(issues.some((i) => i.code === "file_no_figures")).toBe(true);
  });

  // Excel's "Sum of"/"Count of" says only how a field was summarised; the field's own words say what was
  // counted. A sum of ages or days, a sum of identifiers, or a count of records that have an episode
  // recorded counts no child and no episode, and was read as the caption group's children or episodes.
  it.each([
    [
      "a sum of ages and a sum of days",
      "Sum of Age",
      [
        "Row Labels,Sum of Age,Sum of Days Missing",
        "Trafficked,,",
        "2021,152,311",
        "2022,97,208",
        "Trafficked Total,249,519",
        "Grand Total,249,519",
      ],
    ],
    [
      "a sum of identifiers",
      "Sum of Child ID",
      [
        "Row Labels,Sum of Child ID",
        "Unaccompanied asylum seeking children,,",
        "2021,483921",
        "2022,572210",
        "Unaccompanied asylum seeking children Total,1056131",
        "Grand Total,1056131",
      ],
    ],
    [
      "a count of records with episodes",
      "Count of Missing Episodes",
      [
        "Row Labels,Count of Missing Episodes,Count of Child ID",
        "Trafficked,,",
        "2021,9,12",
        "2022,4,6",
        "Trafficked Total,13,18",
        "Grand Total,13,18",
      ],
    ],
  ])("leaves a pivot with %s unread, and says which column", async (_how, column, lines) => {
    const { facts, issues } = await read(lines);
    expect(facts).toEqual([]);
    const unread = issues.filter((i) => i.code === "layout_unknown");
    expect(unread.map((i) => i.raw)).toContain(column);
    expect(unread.every((i) => i.severity === "warning" && i.message.includes("pivot"))).toBe(true);
  });

  it("leaves a pivot unread for a sum of days beside its count of children", async () => {
    const { facts, issues } = await read([
      "Row Labels,Count of Child ID,Sum of Days Missing",
      "UASC,,",
      "2021,12,40",
      "UASC Total,12,40",
      "Grand Total,12,40",
    ]);
    expect(facts).toEqual([]);
    expect(issues.find((i) => i.code === "layout_unknown")?.raw).toBe("Sum of Days Missing");
  });
});
