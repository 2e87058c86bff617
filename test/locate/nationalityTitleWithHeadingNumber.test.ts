import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, lines: string[]): Promise<FileResult> =>
  processFile({ file, bytes: text(lines.join("\n")), manifestCode: null }, knowledge());

const letter = (title: string) => [
  "Anytown Borough Council",
  "Reference: FOI 2021-77",
  "Dear Requester",
  "2a. Trafficked children who went missing: 4",
  "2b. UASC who went missing: 8",
  "5. The nationality of the children who went missing is given in the annex.",
  "Yours sincerely",
  "Information Officer",
  "",
  title,
  "Nationality     2018     2019",
  "Afghan          0        1",
  "Sudanese        4        1",
  "Vietnamese      0        2",
];

describe("the title over a nationality table gives its group, though it carries its own number", () => {
  it.each([
    "Annex 1 – nationality of UASC who went missing (Q2b), by calendar year",
    "Appendix 2 – nationality of UASC who went missing (Q2b)",
  ])("%s", async (title) => {
    const r = await run("Anytown FOI 2021-77 reply.txt", letter(title));
    expect(
      r.nationalities
        .filter((n) => n.value !== 0)
        .map((n) => `${n.group} ${n.nationality} ${n.value}`)
        .sort(),
    ).toEqual(["uasc Afghan 1", "uasc Sudanese 1", "uasc Sudanese 4", "uasc Vietnamese 2"]);
  });
});
