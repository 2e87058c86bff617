import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { CONTAINER_LIMITS, describeUnsafeName, expandContainer } from "../../src/discover/expandContainers.js";
import { buildZip, patchCentralEntry } from "./zipBytes.js";

const csv = (n: number) => `Question,Answer\nUASC looked after,${n}\n`;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("expandContainer: zip archives", () => {
  it("reads each file in a folder of returns as a file of its own, named archive#path", async () => {
    const zip = await buildZip({ "returns/Kent.csv": csv(1), "returns/Devon.csv": csv(2), "readme.txt": "notes" });
    const out = expandContainer("batch.zip", zip);
    expect(out.kind).toBe("zip");
    expect(out.children.map((c) => c.file).sort()).toEqual([
      "batch.zip#readme.txt",
      "batch.zip#returns/Devon.csv",
      "batch.zip#returns/Kent.csv",
    ]);
    const kent = out.children.find((c) => c.file.endsWith("Kent.csv"));
    expect(text(kent?.bytes ?? new Uint8Array())).toBe(csv(1));
    expect(kent?.context).toEqual({ parent: "batch.zip" });
    expect(out.notRead).toEqual([{ file: "batch.zip", reason: expect.stringContaining("3 file(s) inside") }]);
    expect(out.issues.map((i) => i.code)).toEqual(["container_opened"]);
  });

  it("lists __MACOSX, .DS_Store and Thumbs.db inside as skipped system files, as the folder walk does", async () => {
    const zip = await buildZip({
      "Kent.csv": csv(1),
      "__MACOSX/._Kent.csv": "mac",
      ".DS_Store": "ds",
      "sub/Thumbs.db": "thumbs",
    });
    const out = expandContainer("batch.zip", zip);
    expect(out.children.map((c) => c.file)).toEqual(["batch.zip#Kent.csv"]);
    expect(out.notRead.filter((n) => n.file !== "batch.zip")).toEqual([
      { file: "batch.zip#__MACOSX/._Kent.csv", reason: "macOS zip-archive metadata (__MACOSX folder)" },
      { file: "batch.zip#.DS_Store", reason: "macOS folder view settings (.DS_Store)" },
      { file: "batch.zip#sub/Thumbs.db", reason: "Windows thumbnail cache (Thumbs.db)" },
    ]);
    expect(out.issues.filter((i) => i.code === "file_unsupported").every((i) => i.severity === "info")).toBe(true);
  });

  it("lists a symbolic link stored in the archive as not read: its bytes are a path that may lead outside", async () => {
    const zip = new JSZip();
    zip.file("Kent.csv", csv(1), { unixPermissions: 0o100644 });
    zip.file("passwd.csv", "/etc/passwd", { unixPermissions: 0o120777 });
    const bytes = await zip.generateAsync({ type: "uint8array", platform: "UNIX" });
    const out = expandContainer("batch.zip", bytes);
    expect(out.children.map((c) => c.file)).toEqual(["batch.zip#Kent.csv"]);
    expect(out.notRead).toContainEqual({
      file: "batch.zip#passwd.csv",
      reason: "a symbolic link inside the archive; not read",
    });
    expect(out.issues.find((i) => i.file === "batch.zip#passwd.csv")?.code).toBe("container_unsafe_name");
  });

  it("refuses an entry that inflates past its declared size (a zip bomb), at the first byte past it", async () => {
    const bomb = new Uint8Array(5_000_000); // zeros deflate ~1000:1
    const zip = patchCentralEntry(await buildZip({ "bomb.csv": bomb, "Kent.csv": csv(1) }), "bomb.csv", {
      declaredSize: 100,
    });
    const out = expandContainer("batch.zip", zip);
    expect(out.children.map((c) => c.file)).toEqual(["batch.zip#Kent.csv"]);
    const issue = out.issues.find((i) => i.file === "batch.zip#bomb.csv");
    expect(issue).toMatchObject({ code: "container_limit", severity: "error" });
    expect(issue?.message).toContain("more than the 100 bytes it declares");
    expect(issue?.message).toContain("limit: declared size");
  });

  it("refuses an entry whose declared size is over the per-entry cap without inflating it", async () => {
    const zip = patchCentralEntry(await buildZip({ "huge.csv": csv(1) }), "huge.csv", {
      declaredSize: CONTAINER_LIMITS.entryBytes + 1,
    });
    const out = expandContainer("batch.zip", zip);
    expect(out.children).toEqual([]);
    expect(out.issues.find((i) => i.code === "container_limit")?.message).toContain("limit: entryBytes");
  });

  it("reports a password-protected entry and reads the rest", async () => {
    const zip = patchCentralEntry(await buildZip({ "secret.xlsx": "x", "Kent.csv": csv(1) }), "secret.xlsx", {
      encrypted: true,
    });
    const out = expandContainer("batch.zip", zip);
    expect(out.children.map((c) => c.file)).toEqual(["batch.zip#Kent.csv"]);
    expect(out.issues).toContainEqual(
      expect.objectContaining({ code: "container_encrypted", file: "batch.zip#secret.xlsx" }),
    );
  });

  it.each([
    ["../evil.csv", "climbs out"],
    ["a/../../evil.csv", "climbs out"],
    ["/etc/evil.csv", "absolute path"],
    ["C:/evil.csv", "drive letter"],
  ])("never reads an entry named %s, and reports it", async (name, why) => {
    expect(describeUnsafeName(name)).toContain(why);
    const out = expandContainer("batch.zip", await buildZip({ [name]: csv(9), "Kent.csv": csv(1) }));
    expect(out.children.map((c) => c.file)).toEqual(["batch.zip#Kent.csv"]);
    expect(out.issues).toContainEqual(
      expect.objectContaining({ code: "container_unsafe_name", file: `batch.zip#${name}`, raw: name }),
    );
  });

  it("opens a zip inside a zip (one level) but not a zip inside that", async () => {
    const deepest = await buildZip({ "deep.csv": csv(3) });
    const inner = await buildZip({ "inner.csv": csv(2), "deeper.zip": deepest });
    const outer = await buildZip({ "outer.csv": csv(1), "inner.zip": inner });
    const out = expandContainer("batch.zip", outer);
    expect(out.children.map((c) => c.file).sort()).toEqual(["batch.zip#inner.zip#inner.csv", "batch.zip#outer.csv"]);
    expect(out.notRead.map((n) => n.file).sort()).toEqual([
      "batch.zip",
      "batch.zip#inner.zip",
      "batch.zip#inner.zip#deeper.zip",
    ]);
    expect(out.issues).toContainEqual(
      expect.objectContaining({ code: "container_limit", file: "batch.zip#inner.zip#deeper.zip" }),
    );
    expect(out.issues.find((i) => i.code === "container_limit")?.message).toContain("limit: nesting");
  });

  it("reports a damaged archive as corrupt, listing it", () => {
    const out = expandContainer("batch.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(out.kind).toBe("zip");
    expect(out.children).toEqual([]);
    expect(out.notRead).toEqual([{ file: "batch.zip", reason: expect.stringContaining("could not be opened") }]);
    expect(out.issues.map((i) => i.code)).toEqual(["file_corrupt"]);
  });

  it("leaves an Office workbook (also a zip) to its reader", async () => {
    const fake = await buildZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
    expect(expandContainer("Kent.xlsx", fake).kind).toBeNull();
  });

  it("stops reading the table of contents at the entry limit", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < CONTAINER_LIMITS.entries + 5; i++) files[`f${i}.txt`] = "x";
    const out = expandContainer("many.zip", await buildZip(files));
    expect(out.children).toHaveLength(CONTAINER_LIMITS.entries);
    expect(out.issues.find((i) => i.code === "container_limit")?.message).toContain("limit: entries");
  });
});
