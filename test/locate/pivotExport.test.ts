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
    const { issues } = await read(lines);
    expect(issues.some((i) => i.code === "label_outside_request" && i.raw === "Grand Total")).toBe(false);
  });
});
