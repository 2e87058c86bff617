import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/** Both list readers: the whole grid (readEpisodes), and a list streamed from its third row (countEpisodes). */
const READERS = [
  ["whole", undefined],
  ["streamed", 2],
] as const;

async function run(file: string, bytes: Uint8Array, streamFromRows?: number): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null, ...(streamFromRows ? { streamFromRows } : {}) }, knowledge());
}

const exact = (r: FileResult) =>
  Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
const warnedMeasures = (r: FileResult) =>
  r.issues.filter((i) => i.severity !== "info" && i.measure).map((i) => i.measure as string);

/**
 * An episode row whose date of going missing cannot be read ("Not recorded")
 * cannot be placed in the period asked about: the episode count of its group
 * would be one too many or right, so it is not given as exact; the children
 * who went missing stand when the child has another episode dated in the period.
 */
describe("an episode row whose date cannot be read", () => {
  const list = (third: string, ref3 = "C1") =>
    csv([
      ["CHILD_REF", "UASC", "DATE_MISSING", "DATE_RETURNED"],
      ["C1", "Y", "18/10/2014", "19/10/2014"],
      ["C2", "Y", "09/11/2014", "10/11/2014"],
      [ref3, "Y", third, "Not recorded"],
    ]);

  it.each(
    READERS.flatMap(
      ([reader, from]) =>
        [
          [
            reader,
            "the child has another dated episode",
            from,
            "C1",
            { uasc_went_missing: 2 },
            ["uasc_missing_incidents"],
          ],
          [
            reader,
            "the row is the child's only episode",
            from,
            "C3",
            {},
            ["uasc_missing_incidents", "uasc_went_missing"],
          ],
        ] as const,
    ),
  )("%s list, %s: the episodes are flagged, not exact", async (_r, _, from, ref3, stands, flagged) => {
    const r = await run("Episodes.csv", list("Not recorded", ref3), from);
    expect(exact(r)).toMatchObject(stands);
    for (const m of flagged) {
      expect(exact(r)[m]).toBeUndefined();
      expect(warnedMeasures(r)).toContain(m);
    }
  });

  it.each(READERS)("%s list: a return date in the period places the episode in it", async (_, from) => {
    const bytes = csv([
      ["CHILD_REF", "UASC", "DATE_MISSING", "DATE_RETURNED"],
      ["C1", "Y", "18/10/2014", "19/10/2014"],
      ["C2", "Y", "unknown", "10/11/2014"],
    ]);
    const r = await run("Episodes.csv", bytes, from);
    expect(exact(r)).toMatchObject({ uasc_went_missing: 2, uasc_missing_incidents: 2 });
  });

  it.each(READERS)("%s list: a readable date keeps every count exact", async (_, from) => {
    const r = await run("Episodes.csv", list("01/12/2014"), from);
    expect(exact(r)).toMatchObject({ uasc_went_missing: 2, uasc_missing_incidents: 3 });
  });
});
