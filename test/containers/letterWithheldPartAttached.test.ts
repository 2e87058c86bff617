import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestOutcome } from "../../src/pipeline/runIngest.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { buildEml } from "../support/buildEml.js";

/**
 * A covering e-mail that says the answers are in its attachment and that one
 * breakdown (gender) is withheld under section 40(2): the withholding is of a
 * part, so the letter is no refusal of the whole request, and the figures the
 * attachment does not give stay unanswered rather than "refused".
 */
let scratch: string;
let run: IngestOutcome;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-withheld-part-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  const letter = [
    "Dear Requester,",
    "",
    "Thank you for your request. The council holds the information you asked for, and it is provided in the attached spreadsheet. Gender has been withheld under section 40(2) of the Act because of the small numbers in each category.",
    "",
    "Kind regards",
  ].join("\r\n");
  await writeFile(
    join(folder, "reply.eml"),
    buildEml({
      from: "Freedom of Information <foi@devon.gov.uk>",
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: letter },
          {
            type: "text/csv",
            content: "FOI response\nQuestion,Answer\nUASC looked after,42\n",
            filename: "answers.csv",
            encoding: "base64",
          },
        ],
      },
    }),
  );
  run = await runIngest({ folder, out: join(scratch, "out"), strict: false, jobs: 1 });
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("a letter that withholds a breakdown and points to its attachment", () => {
  it("is not a refusal of the whole request", () => {
    const codes = run.result.returns.flatMap((r) => r.issues).map((i) => i.code);
    expect(codes).not.toContain("document_refused");
    const devon = run.result.returns.find((r) => r.files.some((f) => f.includes("reply.eml")));
    const statuses = (devon?.values ?? []).map((v) => v.status);
    expect(statuses).not.toContain("refused");
    expect(devon?.values.find((v) => v.measure === "uasc_looked_after")).toMatchObject({
      status: "reported",
      value: 42,
    });
  });
});
