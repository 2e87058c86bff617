import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Conversion,
  convertLegacyFiles,
  findSoffice,
  PROFILE_SETTINGS,
  planConversions,
  type SofficeCall,
  type SofficeRunner,
} from "../../src/read/convertLegacy.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { buildXlsx } from "../support/buildXlsx.js";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];
const ole2With = (stream: string) => new Uint8Array([...OLE2, ...Buffer.from(stream, "utf16le")]);

let scratch: string;
let fakeSoffice: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-convert-test-"));
  // An executable that is never run (the runner is injected): findSoffice only needs it to exist.
  fakeSoffice = join(scratch, "soffice");
  await writeFile(fakeSoffice, "#!/bin/sh\nexit 0\n", { mode: 0o755 });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/**
 * A runner standing in for LibreOffice: it records each call and "converts"
 * each input by writing `convert(name)` to the output folder, as soffice does.
 */
function fakeRunner(convert: (input: string) => Uint8Array | null): { runner: SofficeRunner; calls: SofficeCall[] } {
  const calls: SofficeCall[] = [];
  const runner: SofficeRunner = async (call) => {
    calls.push(call);
    const target = call.args[call.args.indexOf("--convert-to") + 1] as string;
    const outDir = call.args[call.args.indexOf("--outdir") + 1] as string;
    const inputs = call.args.slice(call.args.indexOf("--outdir") + 2);
    for (const input of inputs) {
      const bytes = convert(input);
      const base = (input.split("/").pop() as string).replace(/\.\w+$/, "");
      if (bytes) await writeFile(join(outDir, `${base}.${target}`), bytes);
    }
    return { exitCode: 0, timedOut: false, output: "" };
  };
  return { runner, calls };
}

describe("planConversions", () => {
  it("takes the files sniffFormat sends to LibreOffice, and only those", () => {
    const plan = planConversions([
      { file: "old.xls", bytes: ole2With("Workbook") },
      { file: "renamed.xlsx", bytes: ole2With("Workbook") },
      { file: "letter.doc", bytes: ole2With("WordDocument") },
      { file: "export.xls", bytes: new TextEncoder().encode("Area\tUASC\nKent\t45\n") },
      { file: "locked.xlsx", bytes: ole2With("EncryptedPackage") },
      { file: "mail.msg", bytes: ole2With("__substg1.0_0037001F") },
      { file: "reply.rtf", bytes: new TextEncoder().encode("{\\rtf1\\ansi Dear Sir}") },
      { file: "text.rtf", bytes: new TextEncoder().encode("Dear Sir") },
    ]);
    expect(plan.xls.map((f) => f.file)).toEqual(["old.xls", "renamed.xlsx"]);
    expect(plan.doc.map((f) => f.file)).toEqual(["letter.doc"]);
    expect(plan.rtf.map((f) => f.file)).toEqual(["reply.rtf"]);
  });
});

describe("convertLegacyFiles", () => {
  it("converts all files of a format in one call, in a private profile, and removes its temporary folder", async () => {
    const xlsx = await buildXlsx([{ name: "Sheet1", rows: [["UASC looked after", 120]] }]);
    const { runner, calls } = fakeRunner(() => xlsx);
    const before = await readdir(tmpdir());
    const out = await convertLegacyFiles(
      {
        xls: [
          { file: "a/Return.xls", bytes: ole2With("Workbook") },
          { file: "b/Return.xls", bytes: ole2With("Workbook") },
          { file: "c.xls", bytes: ole2With("Workbook") },
        ],
        doc: [{ file: "letter.doc", bytes: ole2With("WordDocument") }],
        rtf: [{ file: "reply.rtf", bytes: new TextEncoder().encode("{\\rtf1 Dear Sir}") }],
      },
      { soffice: fakeSoffice, runner },
    );
    expect(calls.map((c) => c.args[c.args.indexOf("--convert-to") + 1])).toEqual(["xlsx", "docx", "docx"]);
    expect(calls[0]?.args.filter((a) => a.endsWith(".xls"))).toHaveLength(3);
    expect(calls[0]?.args).toContainEqual(expect.stringMatching(/^-env:UserInstallation=file:\/\/.*\/profile$/));
    expect(calls[0]?.command).toBe(fakeSoffice);
    // Named import filters, so a damaged file fails rather than being imported as text.
    expect(calls.map((c) => c.args.find((a) => a.startsWith("--infilter=")))).toEqual([
      "--infilter=MS Excel 97",
      "--infilter=MS Word 97",
      "--infilter=Rich Text Format",
    ]);
    expect([...out.keys()].sort()).toEqual(["a/Return.xls", "b/Return.xls", "c.xls", "letter.doc", "reply.rtf"]);
    expect(out.get("reply.rtf")).toMatchObject({ status: "converted", format: "docx" });
    expect(out.get("a/Return.xls")).toMatchObject({ status: "converted", format: "xlsx" });
    expect(out.get("letter.doc")).toMatchObject({ status: "converted", format: "docx" });
    // The call's own temporary folder (its profile's parent) is gone. Only that one is looked at: other test files
    // running at the same time make and remove folders of the same name in the same tmpdir.
    const profile = calls[0]?.args.find((a) => a.startsWith("-env:UserInstallation=file://")) ?? "";
    const folder = fileURLToPath(profile.slice("-env:UserInstallation=".length)).replace(/\/profile$/u, "");
    expect(folder.split("/").pop()).toMatch(/^foi-agg-convert-/u);
    expect(before).not.toContain(folder.split("/").pop());
    await expect(readdir(folder)).rejects.toThrow(/ENOENT/u);
  });

  it("starts LibreOffice on a profile that has already run this version, so it skips its start-up drawing tests", async () => {
    const xlsx = await buildXlsx([{ name: "Sheet1", rows: [["a"]] }]);
    const { runner } = fakeRunner(() => xlsx);
    const seen: string[] = [];
    const reading: SofficeRunner = async (call) => {
      const profile = call.args
        .find((a) => a.startsWith("-env:UserInstallation="))
        ?.slice("-env:UserInstallation=".length);
      seen.push(await readFile(join(fileURLToPath(profile as string), "user", "registrymodifications.xcu"), "utf8"));
      return runner(call);
    };
    await convertLegacyFiles(
      {
        xls: [{ file: "old.xls", bytes: ole2With("Workbook") }],
        doc: [{ file: "old.doc", bytes: ole2With("WordDocument") }],
      },
      { soffice: fakeSoffice, runner: reading },
    );
    expect(seen).toEqual([PROFILE_SETTINGS, PROFILE_SETTINGS]);
    // LibreOffice runs its drawing tests when the running version (major * 10 + minor) is above the profile's
    // last-run version; the recorded one must stay above any release's.
    const recorded = /oor:name="ooSetupLastVersion"[^>]*><value>(\d+)\.(\d+)<\/value>/.exec(PROFILE_SETTINGS);
    expect(Number(recorded?.[1]) * 10 + Number(recorded?.[2])).toBeGreaterThan(99 * 10 + 9);
  });

  it("reports a file LibreOffice could not convert as file_corrupt, with what LibreOffice said", async () => {
    const xlsx = await buildXlsx([{ name: "Sheet1", rows: [["a"]] }]);
    const { runner } = fakeRunner((input) => (input.endsWith("f00002.xls") ? null : xlsx));
    const said: SofficeRunner = async (call) => ({
      ...(await runner(call)),
      output:
        "convert f00001.xls -> f00001.xlsx using filter : Calc MS Excel 2007 XML\nError: source file could not be loaded\n",
    });
    const out = await convertLegacyFiles(
      {
        xls: [
          { file: "good.xls", bytes: ole2With("Workbook") },
          { file: "broken.xls", bytes: ole2With("Workbook") },
        ],
        doc: [],
      },
      { soffice: fakeSoffice, runner: said },
    );
    expect(out.get("good.xls")?.status).toBe("converted");
    expect(out.get("broken.xls")).toEqual({
      status: "failed",
      issue: expect.objectContaining({
        code: "file_corrupt",
        file: "broken.xls",
        message:
          "broken.xls is a legacy Excel 97–2003 workbook that could not be read: LibreOffice could not convert it: Error: source file could not be loaded. It may be damaged, password-protected or from a version before Excel 97; if it opens in Excel, save it as .xlsx.",
      }),
    });
  });

  it("says when LibreOffice ran out of time", async () => {
    const runner: SofficeRunner = async () => ({ exitCode: null, timedOut: true, output: "" });
    const out = await convertLegacyFiles(
      { xls: [], doc: [{ file: "slow.doc", bytes: ole2With("WordDocument") }] },
      { soffice: fakeSoffice, runner, timeoutMs: () => 5000 },
    );
    const failed = out.get("slow.doc") as Extract<Conversion, { status: "failed" }>;
    expect(failed.issue.code).toBe("file_corrupt");
    expect(failed.issue.message).toContain("LibreOffice did not finish converting within 5 seconds and was stopped");
  });

  it("without LibreOffice, lists each legacy file with the install command and runs nothing", async () => {
    const { runner, calls } = fakeRunner(() => null);
    const out = await convertLegacyFiles(
      {
        xls: [{ file: "old.xls", bytes: ole2With("Workbook") }],
        doc: [{ file: "letter.doc", bytes: ole2With("WordDocument") }],
        rtf: [{ file: "reply.rtf", bytes: new TextEncoder().encode("{\\rtf1 Dear Sir}") }],
      },
      { runner, env: { PATH: join(scratch, "empty"), FOI_AGG_SOFFICE: join(scratch, "missing", "soffice") } },
    );
    expect(calls).toEqual([]);
    expect(out.get("old.xls")).toEqual({
      status: "failed",
      issue: expect.objectContaining({
        code: "file_unsupported",
        message: `old.xls is a legacy Excel 97–2003 workbook, which foi-agg reads by converting it with LibreOffice, but FOI_AGG_SOFFICE names ${join(scratch, "missing", "soffice")} which is not an executable file. Install LibreOffice with \`sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui\` (Debian/Ubuntu), or install LibreOffice from libreoffice.org, and run foi-agg again; or open the file in Excel and save it as .xlsx.`,
      }),
    });
    expect((out.get("letter.doc") as Extract<Conversion, { status: "failed" }>).issue.message).toContain(
      "open the file in Word and save it as .docx",
    );
    expect((out.get("reply.rtf") as Extract<Conversion, { status: "failed" }>).issue).toMatchObject({
      code: "file_unsupported",
      message: expect.stringMatching(
        /^reply\.rtf is a Rich Text \(RTF\) document, which foi-agg reads by converting it with LibreOffice, but .*sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui.*open the file in Word and save it as \.docx\.$/,
      ),
    });
  });

  it("does nothing, and looks for nothing, when there are no legacy files", async () => {
    const { runner, calls } = fakeRunner(() => null);
    expect((await convertLegacyFiles({ xls: [], doc: [] }, { runner, soffice: "/nowhere" })).size).toBe(0);
    expect(calls).toEqual([]);
  });
});

describe("findSoffice", () => {
  it.each([
    ["FOI_AGG_SOFFICE, when it names a program", () => ({ FOI_AGG_SOFFICE: fakeSoffice, PATH: "" }), () => fakeSoffice],
    ["soffice on the PATH", () => ({ PATH: scratch }), () => fakeSoffice],
  ])("finds %s", (_what, env, expected) => {
    expect(findSoffice(env())).toEqual({ path: expected() });
  });

  it.each([
    [
      "a missing FOI_AGG_SOFFICE",
      () => ({ FOI_AGG_SOFFICE: join(scratch, "nope"), PATH: scratch }),
      "FOI_AGG_SOFFICE names",
    ],
    ["an empty PATH", () => ({ PATH: "" }), "no soffice or libreoffice on the PATH"],
  ])("reports %s", (_what, env, says) => {
    const found = findSoffice(env());
    expect("missing" in found && found.missing).toContain(says);
  });
});

describe("readWorkbook with a conversion", () => {
  it("reads converted bytes with the xlsx reader but keeps format xls and the file's name", async () => {
    const xlsx = await buildXlsx([{ name: "Sheet1", rows: [["UASC looked after", 120]] }]);
    const read = await readWorkbook("old.xls", ole2With("Workbook"), {
      status: "converted",
      format: "xlsx",
      bytes: xlsx,
    });
    expect(read.issues).toEqual([]);
    expect(read.workbook).toEqual({
      file: "old.xls",
      format: "xls",
      sheets: [{ name: "Sheet1", rows: [["UASC looked after", "120"]], merges: [] }],
    });
  });

  it("reports a conversion with nothing in it (LibreOffice's answer to a damaged file) as file_corrupt", async () => {
    const empty = await buildXlsx([{ name: "Sheet1", rows: [] }]);
    const read = await readWorkbook("Walsall.xls", ole2With("Workbook"), {
      status: "converted",
      format: "xlsx",
      bytes: empty,
    });
    expect(read).toEqual({
      workbook: null,
      issues: [
        expect.objectContaining({
          code: "file_corrupt",
          message:
            "Walsall.xls could not be read: LibreOffice converted it but found nothing in it, so it is empty or damaged. If it opens in Excel with figures in it, save it as .xlsx.",
        }),
      ],
    });
  });

  it("passes on a failed conversion's issue", async () => {
    const issue = { code: "file_corrupt", severity: "error", message: "m", file: "old.xls" } as const;
    expect(await readWorkbook("old.xls", ole2With("Workbook"), { status: "failed", issue })).toEqual({
      workbook: null,
      issues: [issue],
    });
  });

  it("still reports an encrypted Office file as before, with no conversion", async () => {
    const read = await readWorkbook("locked.xls", ole2With("EncryptedPackage"));
    expect(read.issues.map((i) => [i.code, i.message])).toEqual([
      [
        "file_unsupported",
        expect.stringContaining(
          "locked.xls is a password-protected Office file; ask the council for a copy without a password",
        ),
      ],
    ]);
  });
});
