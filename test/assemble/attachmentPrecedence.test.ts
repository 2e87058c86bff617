import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { expandContainer } from "../../src/discover/expandContainers.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildEml } from "../support/buildEml.js";
import { knowledge } from "../support/knowledge.js";

/**
 * An e-mail that sums up the figures in its body and attaches a spreadsheet:
 * where the two differ, a body that says the attachment's figures stand
 * hands the measure to the attachment (with a warning); a body that says
 * nothing of the kind leaves the two in conflict.
 */
async function episodes(closing: string) {
  const body = [
    "Dear Requester,",
    "In summary, 38 unaccompanied asylum seeking children were looked after. 9 went missing at least once, with 21 missing episodes.",
    closing,
    "Kind regards,",
    "Reading Borough Council",
  ].join("\n");
  const csv = ["Measure,Trafficked,UASC", "Looked after,5,38", "Went missing,1,9", "Missing episodes,2,24"].join("\n");
  const eml = buildEml({
    from: "Information Governance <foi@reading.gov.uk>",
    body: {
      multipart: "mixed",
      parts: [
        { type: "text/plain", content: body },
        { type: "text/csv", content: csv, filename: "validated figures.csv", encoding: "base64" },
      ],
    },
  });
  const k = knowledge();
  const expanded = expandContainer("reply.eml", eml);
  const results = await Promise.all(
    [
      { file: "reply.eml", bytes: eml },
      ...expanded.children
        .filter((c) => c.file.includes("#"))
        .map((c) => ({ file: c.file, bytes: c.bytes, container: c.context })),
    ].map((input) => processFile({ ...input, manifestCode: "E06000038" }, k)),
  );
  const r = assembleReturns(results, k).returns.find((x) => x.authority.gss_code === "E06000038");
  const v = r?.values.find((x) => x.measure === "uasc_missing_incidents");
  const warned = r?.issues.filter((i) => i.measure === "uasc_missing_incidents" && i.severity !== "info") ?? [];
  return { status: v?.status, value: v?.value, codes: warned.map((i) => i.code) };
}

describe("a covering e-mail that defers to its attachment", () => {
  it.each([
    "Where the spreadsheet differs from this e-mail, please use the spreadsheet.",
    "The attached spreadsheet gives the final figures after validation.",
    "Please use the figures in the attachment where they differ.",
  ])("%s", async (closing) => {
    expect(await episodes(closing)).toEqual({ status: "reported", value: 24, codes: ["value_conflict"] });
  });

  it("leaves the two in conflict when the e-mail does not say which stands", async () => {
    const got = await episodes("Please find our spreadsheet attached.");
    expect(got.status).toBe("conflict");
  });
});
