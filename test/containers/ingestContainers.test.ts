import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestOutcome } from "../../src/pipeline/runIngest.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { buildEml } from "../support/buildEml.js";
import { buildZip } from "./zipBytes.js";

/**
 * A folder with a zip of returns and three e-mails, run end to end (in this
 * process, no workers): every file inside is read as a file of its own,
 * named container#path, and e-mail attachments take the sender's authority.
 */
const returnCsv = (title: string, looked: number, missing: number) =>
  `${title}\nQuestion,Answer\nUASC looked after,${looked}\nUASC who went missing,${missing}\n`;

let scratch: string;
let run: IngestOutcome;
let values: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-containers-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  await writeFile(
    join(folder, "batch.zip"),
    await buildZip({
      "folder/x.csv": returnCsv("Hertfordshire County Council FOI response", 31, 7),
      "__MACOSX/folder/._x.csv": "mac",
    }),
  );
  // An attachment that names no authority: Devon's, from the sender.
  await writeFile(
    join(folder, "reply.eml"),
    buildEml({
      from: "Freedom of Information <foi@devon.gov.uk>",
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: "Dear Requester,\r\nPlease find attached our response.\r\nFOI Team" },
          { type: "text/csv", content: returnCsv("FOI response", 42, 9), filename: "answers.csv", encoding: "base64" },
        ],
      },
    }),
  );
  // An attachment naming another authority: read as that authority, flagged.
  await writeFile(
    join(folder, "forwarded.eml"),
    buildEml({
      from: '"Kent County Council" <foi@kent.gov.uk>',
      body: {
        multipart: "mixed",
        parts: [
          { type: "text/plain", content: "Please see the attached.\r\nKent County Council" },
          {
            type: "text/csv",
            content: returnCsv("Medway Council FOI response", 15, 3),
            filename: "medway.csv",
            encoding: "base64",
          },
        ],
      },
    }),
  );
  // The answer in the body itself.
  await writeFile(
    join(folder, "letter.eml"),
    buildEml({
      from: "foi@hants.gov.uk",
      body: {
        type: "text/html",
        content:
          "<p>Dear Requester,</p><table><tr><td>UASC looked after</td><td>27</td></tr><tr><td>UASC who went missing</td><td>5</td></tr></table><p>Hampshire County Council</p>",
      },
    }),
  );
  run = await runIngest({ folder, out: join(scratch, "out"), strict: false, jobs: 1 });
  values = await readFile(join(scratch, "out", "values.csv"), "utf8");
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const fileRow = (file: string) => run.result.files.find((f) => f.file === file);
const valueLines = (needle: string) => values.split("\n").filter((l) => l.includes(needle));

describe("runIngest with zip archives and e-mails", () => {
  it("lists every container and every file inside, read or not", () => {
    expect(run.result.files.map((f) => f.file).sort()).toEqual([
      "batch.zip",
      "batch.zip#__MACOSX/folder/._x.csv",
      "batch.zip#folder/x.csv",
      "forwarded.eml",
      "forwarded.eml#medway.csv",
      "letter.eml",
      "reply.eml",
      "reply.eml#answers.csv",
    ]);
    expect(fileRow("batch.zip")).toMatchObject({ ingested: false, reason: expect.stringContaining("zip archive") });
    expect(fileRow("batch.zip#__MACOSX/folder/._x.csv")).toMatchObject({ ingested: false });
  });

  it.each([
    ["batch.zip#folder/x.csv", "E10000015"], // Hertfordshire, from its own title
    ["reply.eml#answers.csv", "E10000008"], // Devon, from the sender's domain
    ["reply.eml", "E10000008"],
    ["forwarded.eml#medway.csv", "E06000035"], // Medway, its own words beat the sender
    ["letter.eml", "E10000014"], // Hampshire, hants.gov.uk from authority-domains.json
  ])("reads %s as %s", (file, code) => {
    expect(fileRow(file)).toMatchObject({ ingested: true, authority: code });
  });

  it("flags an attachment that names another authority than the e-mail's sender", () => {
    expect(run.result.returns.flatMap((r) => r.issues).concat(run.result.issues)).toContainEqual(
      expect.objectContaining({
        code: "authority_mismatch",
        file: "forwarded.eml#medway.csv",
        message: expect.stringContaining("came with an e-mail from Kent"),
      }),
    );
  });

  it("gives each figure its provenance inside the container", () => {
    expect(valueLines("batch.zip#folder/x.csv:4:2").join()).toContain(",7,");
    expect(valueLines("reply.eml#answers.csv:3:2").join()).toContain(",42,");
    // The body's table rows; the place ("letter.eml#body table 1 row 1") shows once locate reads `lines`.
    expect(valueLines("uasc_looked_after,reported,27,").join()).toContain("letter.eml");
  });

  it("says, without an error, that an e-mail whose text only points to its attachments answered nothing itself", () => {
    const all = run.result.returns.flatMap((r) => r.issues).concat(run.result.issues);
    expect(all.filter((i) => i.file === "reply.eml" && i.severity === "error")).toEqual([]);
    const devon = run.result.returns.find((r) => r.authority.gss_code === "E10000008");
    expect(devon?.decisions.map((d) => d.message)).toContainEqual(
      expect.stringContaining("its 1 attachment(s) were read as files of their own"),
    );
  });
});
