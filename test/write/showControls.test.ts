import { describe, expect, it } from "vitest";
import { showControls, showControlsInLine, showControlsInProse } from "../../src/domain/showControls.js";
import { embedJson, escapeHtml } from "../../src/report/html/escapeHtml.js";
import { escapeCell, escapeText } from "../../src/report/markdown.js";

describe("showControls", () => {
  it.each([
    ["an ANSI colour", "\u001b[31mred\u001b[0m", "␛[31mred␛[0m", "␛[31mred␛[0m"],
    ["a window-title sequence", "\u001b]0;pwned\u0007", "␛]0;pwned␇", "␛]0;pwned␇"],
    ["a one-byte CSI (C1)", "\u009b2J", "\\x9B2J", "\\x9B2J"],
    ["NUL and DEL", "a\u0000b\u007f", "a␀b␡", "a␀b␡"],
    ["a backspace", "12\b\b99", "12␈␈99", "12␈␈99"],
    ["tab and line breaks", "a\tb\r\nc", "a\tb\r\nc", "a␉b␍␊c"],
    ["plain text and accents", "Ynys Môn – 5", "Ynys Môn – 5", "Ynys Môn – 5"],
  ])("shows %s", (_name, raw, shown, inLine) => {
    expect(showControls(raw)).toBe(shown);
    expect(showControlsInLine(raw)).toBe(inLine);
  });
});

describe("showControlsInProse", () => {
  // Text with no control character is returned as it is, without the replacements.
  it.each([
    ["plain text", "Fewer than 5 children", "Fewer than 5 children"],
    ["accents and dashes", "Ynys Môn – 5", "Ynys Môn – 5"],
    ["a lone carriage return", "3\rtotal", "3\u240dtotal"],
    ["a Windows line break, kept", "a\r\nb", "a\r\nb"],
    ["a tab and a line feed, kept", "a\tb\nc", "a\tb\nc"],
    ["an ANSI colour", "\u001b[31m5", "␛[31m5"],
    ["a one-byte CSI (C1)", "\u009b2J", "\\x9B2J"],
    ["DEL at the end", "5\u007f", "5␡"],
  ])("%s", (_name, raw, shown) => {
    expect(showControlsInProse(raw)).toBe(shown);
  });
});

describe("text for people never carries a raw control character", () => {
  const hostile = "\u001b[2J\u001b]0;x\u0007\u009bfewer\rthan 5\u0000";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
  const RAW = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
  it.each([
    ["Markdown text", escapeText(hostile)],
    ["a Markdown table cell", escapeCell(hostile)],
    ["HTML", escapeHtml(hostile)],
    ["JSON embedded in HTML", JSON.parse(embedJson({ raw: hostile })).raw as string],
  ])("%s", (_name, shown) => {
    expect(shown).not.toMatch(RAW);
    expect(shown).toContain("fewer");
  });
});

describe("embedJson", () => {
  // Written without a replacer when the text holds nothing to show; each case here must still come back shown.
  it.each([
    ["a backspace", "12\b99", "12␈99"],
    ["a form feed", "a\fb", "a␌b"],
    ["ESC", "\u001b[31m", "␛[31m"],
    ["a lone carriage return", "a\rb", "a␍b"],
    ["a carriage return at the end", "a\r", "a␍"],
    ["a carriage return before a backslash and n", "a\r\\nb", "a␍\\nb"],
    ["DEL", "a\u007fb", "a␡b"],
    ["a C1 control", "\u009b2J", "\\x9B2J"],
    ["tab and a line break, kept", "a\tb\r\nc\nd", "a\tb\r\nc\nd"],
    ["an escaped backslash before b, kept", "C:\\base", "C:\\base"],
  ])("shows %s in any string of the data", (_name, raw, shown) => {
    const data = { plain: "Kent", list: ["5", { deep: raw }], [raw]: 1 };
    const read = JSON.parse(embedJson(data)) as { plain: string; list: [string, { deep: string }] };
    expect(read.list[1].deep).toBe(shown);
    expect(read.plain).toBe("Kent");
  });

  it("writes data without controls as JSON.stringify does, with markup escaped", () => {
    const data = { a: "x </script> & y", b: [1, null, true], c: "line\nnext\ttab\r\n" };
    expect(embedJson(data)).toBe(
      JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026"),
    );
    expect(JSON.parse(embedJson(data))).toEqual(data);
  });
});
