import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const run = (lines: string[]): Promise<FileResult> =>
  processFile(
    { file: "Anytown FOI 2015-77.txt", bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), manifestCode: null },
    knowledge(),
  );

const statusOf = (r: FileResult, measure: string) => r.facts.find((f) => f.measure === measure)?.status;

// "7. Missing episodes for UASC: this information is not held centrally. To
// extract it would … exceed the appropriate limit of £450 … under section 12":
// a numbered answer that says the figure is not held (centrally) and then
// refuses to extract it under the cost limit is a refusal, the not-held
// sentence being its reason.
describe("a numbered answer that is not held, then refused", () => {
  const lines = (seventh: string) => [
    "ANYTOWN COUNCIL - FOI RESPONSE",
    "",
    "5. UASC looked after: 7",
    "",
    "6. UASC who went missing at least once: 2",
    "",
    seventh,
    "",
    "8. UASC still missing: Nil",
  ];

  it("reads as refused", async () => {
    const r = await run(
      lines(
        "7. Missing episodes for UASC: this information is not held centrally. To extract it would require a manual review of each young person's case file, and we estimate this would exceed the appropriate limit of £450 (18 hours at £25 per hour) under section 12 of the Act.",
      ),
    );
    expect(statusOf(r, "uasc_missing_incidents")).toBe("refused");
  });

  it("stays not held when what follows only explains it", async () => {
    const r = await run(
      lines(
        "7. Missing episodes for UASC: this information is not held. Our system records each young person's placements, not their absences.",
      ),
    );
    expect(statusOf(r, "uasc_missing_incidents")).toBe("not_held");
  });
});
