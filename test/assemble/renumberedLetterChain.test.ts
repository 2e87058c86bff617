import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function assemble(lines: readonly string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards", "", "FOI Team"].join("\n");
  const k = knowledge();
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000010" },
    k,
  );
  const r = assembleReturns([file], k).returns.find((x) => x.authority.gss_code === "S12000010");
  if (!r) throw new Error("no return");
  return r;
}

const LETTER = [
  "Thank you for your request for information received on 30 October 2015, which has been dealt with under the Freedom of Information (Scotland) Act 2002.",
  "",
  "1. Looked after children identified or suspected as having been trafficked, 1 October 2014 to 30 September 2015",
  "None.",
  "",
  "2. Of those children, the number who went missing, and the number of missing episodes",
  "Not applicable - see answer 1.",
  "",
  "3. Trafficked children still missing",
  "Not applicable.",
  "",
  "4. Unaccompanied asylum seeking children looked after, 1 October 2014 to 30 September 2015",
  "3",
];

describe("a letter of numbered questions, each answered on the line below", () => {
  it("never joins a bare figure onto its long question line as a wrapped sentence", async () => {
    const r = await assemble(LETTER);
    const v = r.values.find((x) => x.measure === "uasc_looked_after");
    expect([v?.status, v?.value]).toEqual(["reported", 3]);
  });

  it("goes on from children read as 0 from 'not applicable' to their episodes", async () => {
    const r = await assemble(LETTER);
    const v = (m: string) => r.values.find((x) => x.measure === m);
    expect([v("trafficked_went_missing")?.status, v("trafficked_went_missing")?.value]).toEqual(["derived", 0]);
    expect([v("trafficked_missing_incidents")?.status, v("trafficked_missing_incidents")?.value]).toEqual([
      "derived",
      0,
    ]);
  });
});
