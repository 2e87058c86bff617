import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * An Excel pivot table of groups with nationalities under them, whose one
 * value column counts the records' identifier ("Count of CHILD_REF"), under a
 * title line saying what the records are ("Went missing (one or more
 * episodes)"). The count is then of the children the title names, not of
 * the groups' looked-after children; without the title it stays the
 * looked-after count (pivotNationalityRows). "CHILD_REF", "Person_ID": a
 * field name written as a database column is still the record's identifier.
 */
const heading2015 = loadKnowledge();

const read = async (lines: readonly string[]) => {
  const r = await processFile(
    {
      file: "pivot export.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "S12000030",
    },
    heading2015,
  );
  return {
    facts: r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.value ?? f.status}`)
      .sort(),
    nats: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort(),
  };
};

const PIVOT = [
  "Trafficked,1,3",
  "   Vietnamese,1,3",
  "UASC,3,7",
  "   Afghan,2,5",
  "   Eritrean,1,2",
  "Grand Total,4,10",
];

describe("a pivot table titled with the metric its record count counts", () => {
  it.each(["CHILD_REF", "Child ID", "Person_ID"])("reads Count of %s as the titled metric", async (field) => {
    const { facts, nats } = await read([
      "Went missing (one or more episodes),,",
      `Row Labels,Count of ${field},Sum of EPISODES`,
      ...PIVOT,
    ]);
    expect(facts).toEqual([
      "trafficked_missing_incidents 3",
      "trafficked_went_missing 1",
      "uasc_missing_incidents 7",
      "uasc_went_missing 3",
    ]);
    expect(nats).toEqual(["trafficked Vietnamese 1", "uasc Afghan 2", "uasc Eritrean 1"]);
  });

  // "Row Labels | Trafficked | UASC" first, a pivot with its groups across (read as any grid): the
  // second pivot on the sheet is still read as a pivot.
  it("reads a second pivot on a sheet whose first has its groups across", async () => {
    const { facts } = await read([
      "Count of CHILD_REF,Column Labels,",
      "Row Labels,Trafficked,UASC",
      "Looked after in period,2,9",
      ",,",
      "Went missing (one or more episodes),,",
      "Row Labels,Count of CHILD_REF,Sum of EPISODES",
      ...PIVOT,
    ]);
    expect(facts).toEqual(
      expect.arrayContaining(["trafficked_went_missing 1", "uasc_went_missing 3", "uasc_missing_incidents 7"]),
    );
  });

  // A title naming another count (episodes) or two counts says the records are not the groups' looked-after
  // children, and not which children they are: the pivot is reported, and its counts are nobody's.
  it.each(["Missing episodes", "Children who went missing and were not found"])(
    "reads nothing as looked-after children under the title %s",
    async (title) => {
      const { facts } = await read([
        title,
        "",
        "Row Labels,Count of CHILD_REF",
        "Trafficked,7",
        "    Albanian,7",
        "Trafficked Total,7",
        "UASC,9",
        "    Afghan,9",
        "UASC Total,9",
        "Grand Total,16",
      ]);
      expect(facts.filter((f) => f.includes("looked_after"))).toEqual([]);
    },
  );

  // A title naming a group, or nothing the request asks, says nothing of the record count's metric.
  it("keeps the record count as the groups' children under a title naming no metric", async () => {
    const { facts } = await read([
      "Children by nationality,,",
      "Row Labels,Count of CHILD_REF,Sum of EPISODES",
      ...PIVOT,
    ]);
    expect(facts).not.toContain("trafficked_went_missing 1");
    expect(facts).not.toContain("uasc_went_missing 3");
  });
});
