import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

describe("a nationality list written in capitals joins its last item with AND as with 'and'", () => {
  it.each([
    ["AND", "UASC WHO WENT MISSING - 4 AFGHAN, 3 IRAQI, 1 IRANIAN AND 1 SYRIAN."],
    ["and", "UASC who went missing - 4 Afghan, 3 Iraqi, 1 Iranian and 1 Syrian."],
    ["And", "UASC who went missing - 4 Afghan, 3 Iraqi, 1 Iranian And 1 Syrian."],
  ])("'%s' before the last item", async (_, line) => {
    const r = await run(
      "Anytown FOI 2021-31 reply.txt",
      text(
        [
          "Anytown Borough Council",
          "Dear Requester",
          "UASC who went missing: 9",
          "For all of the above please provide a breakdown by nationality.",
          line,
          "Kind regards",
        ].join("\n"),
      ),
    );
    expect(natsOf(r)).toEqual(["uasc Afghan 4", "uasc Iranian 1", "uasc Iraqi 3", "uasc Syrian 1"]);
  });
});
