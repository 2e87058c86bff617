import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

/**
 * "2. and 3. Children who went missing or absent, and the number of incidents:" over a table typed with
 * spaces, its rows "Trafficked - children" and "Trafficked - incidents": one table answering two questions,
 * one counting children, the other episodes. A row naming its group and "children" counts the children
 * question's metric (went missing), not the request's base count (looked after); a row naming incidents
 * names its own.
 */
async function read(heading: string, rows: string[]) {
  const letter = [
    "Dear Requester,",
    "",
    "1.  Looked after children identified as UASC or a separated child: 2018 - 34, 2019 - 38, 2020 - 38",
    "",
    heading,
    "",
    "                                   2018     2019     2020",
    ...rows,
    "",
    "Yours sincerely",
  ].join("\n");
  const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E08000018" }, knowledge);
  return r.facts
    .filter((f) => f.status === "reported" && f.periodText === "2019")
    .map((f) => `${f.measure} ${f.raw}`)
    .sort();
}

describe("a typed table answering a question about children and one about incidents", () => {
  it.each([
    [
      "2.  and 3.  Children who went missing or absent, and the number of incidents:",
      [
        "    Trafficked - children              3        4        5",
        "    Trafficked - incidents            12       13        6",
        "    UASC - children                    6        9       10",
        "    UASC - incidents                  19       15       28",
      ],
    ],
    [
      "Questions 2 and 3: looked after children who went missing, and the number of missing episodes",
      [
        "    Trafficked children                3        4        5",
        "    Trafficked episodes               12       13        6",
        "    UASC children                      6        9       10",
        "    UASC episodes                     19       15       28",
      ],
    ],
  ])("reads the children rows as went missing: %s", async (heading, rows) => {
    expect(await read(heading, rows)).toEqual([
      "trafficked_missing_incidents 13",
      "trafficked_went_missing 4",
      "uasc_looked_after 38",
      "uasc_missing_incidents 15",
      "uasc_went_missing 9",
    ]);
  });
});
