import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A list of one child a row with a note under it in one cell: the note is no
 * child in no known group, so the list is still counted, whether it is read
 * whole or row by row as a long list streams.
 */
const LIST = [
  "Ref,Category,Nationality,No. of missing episodes 01/10/14-30/09/15,Currently missing (Y/N)",
  "AB-01,UASC,Afghan,3,N",
  "AB-02,UASC,Afghan,1,N",
  "AB-03,UASC,Eritrean,2,Y",
  "AB-04,Trafficked (suspected),Vietnamese,4,N",
];

const run = (lines: string[], streamFromRows: number): Promise<FileResult> =>
  processFile(
    {
      file: "Anytown FOI 2015-9 missing children list.csv",
      bytes: new TextEncoder().encode(lines.join("\n")),
      manifestCode: null,
      streamFromRows,
    },
    knowledge(),
  );

const figures = (r: FileResult) => Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));

describe("a note under a list of one child a row", () => {
  it.each<[string, number]>([
    ["read whole", Number.POSITIVE_INFINITY],
    ["counted as it streams", 2],
  ])("%s: the list's children are counted and the note is passed over", async (_, streamFromRows) => {
    const r = await run(
      [
        ...LIST,
        '"Anytown Council FOI 2015-9. One row per child who went missing. Children who did not go missing are not listed."',
      ],
      streamFromRows,
    );
    expect(figures(r)).toMatchObject({
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 4,
      uasc_went_missing: 3,
      uasc_missing_incidents: 6,
      uasc_not_found: 1,
    });
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "trafficked Vietnamese 1",
      "uasc Afghan 2",
      "uasc Eritrean 1",
    ]);
    expect(r.issues.filter((i) => i.code === "episode_list_uncounted")).toEqual([]);
  });

  it("a row of one short cell is still a row in no known group", async () => {
    const r = await run([...LIST, "AB-05"], Number.POSITIVE_INFINITY);
    expect(r.issues.some((i) => i.code === "episode_list_uncounted")).toBe(true);
  });
});
