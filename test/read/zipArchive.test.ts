import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { openZip, ZIP_LIMITS, type ZipLimits } from "../../src/read/zipArchive.js";
import { declareSize } from "../support/buildDocx.js";

async function makeZip(entries: Record<string, string>, compression: "STORE" | "DEFLATE" = "DEFLATE") {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression }));
}

const small: ZipLimits = { maxEntryBytes: 1000, maxTotalBytes: 1500, maxEntries: 3 };

describe("openZip", () => {
  it.each(["STORE", "DEFLATE"] as const)("reads %s entries and lists their names", async (compression) => {
    const opened = openZip(await makeZip({ "a.xml": "<a>one</a>", "dir/b.txt": "two" }, compression));
    if (!opened.ok) throw new Error(opened.problem.reason);
    expect(opened.zip.names).toEqual(["a.xml", "dir/b.txt"]);
    expect(opened.zip.readText("a.xml")).toEqual({ ok: true, text: "<a>one</a>" });
    expect(opened.zip.has("DIR/B.TXT")).toBe(true);
    expect(opened.zip.read("missing.xml")).toMatchObject({ ok: false, problem: { kind: "corrupt" } });
  });

  it("exports its default limits for the other zipped formats' readers", () => {
    expect(ZIP_LIMITS).toEqual({
      maxEntryBytes: 50 * 1024 * 1024,
      maxTotalBytes: 200 * 1024 * 1024,
      maxEntries: 10_000,
    });
  });

  it.each([
    {
      what: "an entry that declares more than the entry limit (refused before inflating)",
      entries: { "big.xml": "x".repeat(1200) } as Record<string, string>,
      declare: null,
      read: "big.xml",
      limit: "maxEntryBytes",
      reason: "its part big.xml would inflate to more than 1000 bytes, the limit for one part of an archive",
    },
    {
      what: "an entry that lies about its size (stopped while inflating)",
      entries: { "bomb.xml": "x".repeat(5000) } as Record<string, string>,
      declare: 10,
      read: "bomb.xml",
      limit: "maxEntryBytes",
      reason: "its part bomb.xml inflates to more than 1000 bytes, the limit for one part of an archive",
    },
  ])("refuses $what", async ({ entries, declare, read, limit, reason }) => {
    let bytes: Uint8Array = await makeZip(entries);
    if (declare !== null) bytes = declareSize(bytes, read, declare);
    const opened = openZip(bytes, small);
    if (!opened.ok) throw new Error(opened.problem.reason);
    expect(opened.zip.read(read)).toEqual({ ok: false, problem: { kind: "too_large", limit, entry: read, reason } });
  });

  it("caps the total inflated across entries", async () => {
    const opened = openZip(await makeZip({ "a.xml": "a".repeat(900), "b.xml": "b".repeat(900) }), small);
    if (!opened.ok) throw new Error(opened.problem.reason);
    expect(opened.zip.read("a.xml").ok).toBe(true);
    expect(opened.zip.read("b.xml")).toMatchObject({
      ok: false,
      problem: { kind: "too_large", limit: "maxTotalBytes" },
    });
  });

  it("caps the number of entries", async () => {
    const opened = openZip(await makeZip({ a: "1", b: "2", c: "3", d: "4" }), small);
    expect(opened).toMatchObject({ ok: false, problem: { kind: "too_large", limit: "maxEntries" } });
  });

  it("reports an entry whose declared size is wrong but small as damage", async () => {
    const opened = openZip(declareSize(await makeZip({ "a.xml": "x".repeat(100) }), "a.xml", 50), small);
    if (!opened.ok) throw new Error(opened.problem.reason);
    expect(opened.zip.read("a.xml")).toMatchObject({ ok: false, problem: { kind: "corrupt" } });
  });

  it("reports a changed byte as a checksum mismatch", async () => {
    const bytes = await makeZip({ "a.txt": "hello world" }, "STORE");
    const at = Buffer.from(bytes).indexOf("hello world");
    bytes[at] = "j".charCodeAt(0);
    const opened = openZip(bytes, small);
    if (!opened.ok) throw new Error(opened.problem.reason);
    expect(opened.zip.read("a.txt")).toMatchObject({
      ok: false,
      problem: { kind: "corrupt", reason: expect.stringContaining("checksum") },
    });
  });

  it.each([
    { what: "not a zip", bytes: new Uint8Array([1, 2, 3]) },
    { what: "cut short", bytes: "half" as const },
  ])("reports an archive that is $what as damage", async ({ bytes }) => {
    const whole = await makeZip({ "a.txt": "hello" });
    const input = bytes === "half" ? whole.subarray(0, 20) : bytes;
    expect(openZip(input)).toMatchObject({ ok: false, problem: { kind: "corrupt" } });
  });
});

describe("streamText", () => {
  /**
   * Text that does not compress to nothing, so a deflated entry still comes
   * out in several pieces, and of over a megabyte, so it is streamed at all.
   */
  const varied = Array.from({ length: 80_000 }, (_, i) => `<r n="${(i * 7919) % 10007}">é</r>`).join("");

  it.each(["STORE", "DEFLATE"] as const)(
    "hands over a %s entry of under a megabyte in one piece",
    async (compression) => {
      const small = varied.slice(0, 500_000);
      const opened = openZip(await makeZip({ "content.xml": small }, compression));
      if (!opened.ok) throw new Error(opened.problem.reason);
      const pieces: string[] = [];
      const outcome = await opened.zip.streamText("content.xml", (text) => pieces.push(text) > 0);
      expect(outcome).toEqual({ ok: true, stopped: false });
      expect(pieces).toEqual([small]);
    },
  );

  it.each(["STORE", "DEFLATE"] as const)("hands over a %s entry whole, in pieces", async (compression) => {
    const opened = openZip(await makeZip({ "content.xml": varied }, compression));
    if (!opened.ok) throw new Error(opened.problem.reason);
    const pieces: string[] = [];
    const outcome = await opened.zip.streamText("content.xml", (text) => pieces.push(text) > 0);
    expect(outcome).toEqual({ ok: true, stopped: false });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(varied);
  });

  it.each(["STORE", "DEFLATE"] as const)(
    "stops a %s entry when told to, after the first piece",
    async (compression) => {
      const opened = openZip(await makeZip({ "content.xml": varied }, compression));
      if (!opened.ok) throw new Error(opened.problem.reason);
      let calls = 0;
      const outcome = await opened.zip.streamText("content.xml", () => {
        calls += 1;
        return false;
      });
      expect(outcome).toEqual({ ok: true, stopped: true });
      expect(calls).toBe(1);
    },
  );

  it.each([
    ["maxEntryBytes", { maxEntryBytes: 100_000, maxTotalBytes: 10_000_000, maxEntries: 10 }],
    ["maxTotalBytes", { maxEntryBytes: 10_000_000, maxTotalBytes: 100_000, maxEntries: 10 }],
  ] as const)("stops at %s, even when the entry declares less", async (limit, limits) => {
    const bytes = declareSize(await makeZip({ "content.xml": varied }), "content.xml", 10);
    const opened = openZip(bytes, limits);
    if (!opened.ok) throw new Error(opened.problem.reason);
    let seen = 0;
    const outcome = await opened.zip.streamText("content.xml", (text) => {
      seen += text.length;
      return true;
    });
    expect(outcome).toMatchObject({ ok: false, problem: { kind: "too_large", limit } });
    expect(seen).toBeLessThanOrEqual(100_000);
  });

  it("reports a part that is not in the archive", async () => {
    const opened = openZip(await makeZip({ "a.xml": "<a/>" }));
    if (!opened.ok) throw new Error(opened.problem.reason);
    expect(await opened.zip.streamText("content.xml", () => true)).toMatchObject({
      ok: false,
      problem: { kind: "corrupt", reason: "it has no part named content.xml" },
    });
  });
});

describe("textPieces", () => {
  /** Text with a two-byte character everywhere, so pieces are cut inside characters. */
  const varied = Array.from({ length: 80_000 }, (_, i) => `<r n="${(i * 7919) % 10007}">é</r>`).join("");

  it.each(["STORE", "DEFLATE"] as const)(
    "gives a %s entry whole, in pieces, as they are asked for",
    async (compression) => {
      const opened = openZip(await makeZip({ "content.xml": varied }, compression));
      if (!opened.ok) throw new Error(opened.problem.reason);
      const pieces: string[] = [];
      for await (const piece of opened.zip.textPieces("content.xml")) pieces.push(piece);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join("")).toBe(varied);
    },
  );

  it("stops inflating when the reader stops asking", async () => {
    const opened = openZip(await makeZip({ "content.xml": varied }));
    if (!opened.ok) throw new Error(opened.problem.reason);
    let first = "";
    for await (const piece of opened.zip.textPieces("content.xml")) {
      first = piece;
      break;
    }
    expect(varied.startsWith(first)).toBe(true);
  });

  it("throws the problem's reason for a missing part and for one over the limits", async () => {
    const opened = openZip(await makeZip({ "content.xml": varied }), small);
    if (!opened.ok) throw new Error(opened.problem.reason);
    const drain = async (name: string) => {
      for await (const _ of opened.zip.textPieces(name));
    };
    await expect(drain("missing.xml")).rejects.toThrow("it has no part named missing.xml");
    await expect(drain("content.xml")).rejects.toThrow(/limit/);
  });
});
