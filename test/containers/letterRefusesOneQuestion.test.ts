import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestOutcome } from "../../src/pipeline/runIngest.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { buildEml } from "../support/buildEml.js";

/**
 * A covering e-mail that gives questions 1, 2 and 4 in its attachment and
 * refuses question 3 (missing incidents) under section 12 "for this part of
 * the request" (round 61). The letter's text holds no figure, so its refusal
 * was taken for the whole request, and its "refused" stood for the total
 * the attachment leaves to be derived (1a + 1b). A refusal that names its
 * question refuses that question's counts only.
 */
let scratch: string;
let run: IngestOutcome;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-refuses-one-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  const letter = [
    "Dear Requester,",
    "",
    "Questions 1, 2 and 4: please see the attached spreadsheet, which gives one row for each period you asked about.",
    "",
    "Question 3 (individual missing incidents): Please be advised that the information that you have requested is not available in a readily retrievable format. The cost of providing this information exceeds the appropriate limit of 18 hours, and this email acts as a Refusal Notice under section 12 for this part of the request.",
    "",
    "Yours sincerely",
  ].join("\r\n");
  const csv = [
    "Period,1a Identified trafficked,1b Suspected trafficked,1c UASC / separated,2a Trafficked went missing,2b UASC went missing,4 Still missing",
    "2021,3,2,40,1,6,0",
    "2022,4,1,44,2,7,1",
    "2023,5,0,51,1,9,0",
    "1 Jan - 30 Apr 2024,2,2,30,0,4,0",
  ].join("\n");
  await writeFile(
    join(folder, "reply.eml"),
    buildEml({
      from: "Freedom of Information <foi@leeds.gov.uk>",
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: letter },
          { type: "text/csv", content: csv, filename: "data.csv", encoding: "base64" },
        ],
      },
    }),
  );
  run = await runIngest({
    folder,
    out: join(scratch, "out"),
    strict: false,
    jobs: 1,
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("a letter that refuses one question and attaches the rest", () => {
  const leeds = () => run.result.returns.find((r) => r.files.some((f) => f.includes("reply.eml")));

  it("refuses that question's counts, not the whole request", () => {
    const codes = (leeds()?.issues ?? []).map((i) => i.code);
    expect(codes).not.toContain("document_refused");
    const refused = (leeds()?.values ?? []).filter((v) => v.status === "refused").map((v) => v.measure);
    expect([...new Set(refused)].sort()).toEqual(["trafficked_missing_incidents", "uasc_missing_incidents"]);
  });

  it("still derives the total the attachment gives in parts", () => {
    const total = (leeds()?.values ?? []).filter((v) => v.measure === "trafficked_looked_after");
    expect(total.map((v) => [v.status, v.value])).toEqual([["derived", 5]]);
  });
});
