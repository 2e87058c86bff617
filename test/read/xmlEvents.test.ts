import { describe, expect, it } from "vitest";
import { readXmlTree, walkXml, type XmlElement } from "../../src/read/xmlEvents.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("walkXml / readXmlTree", () => {
  it("names elements and attributes by namespace, whatever prefix the file uses", () => {
    const tree = readXmlTree(`<x:doc xmlns:x="${W}" x:val="1" plain="2"><x:p>hi</x:p></x:doc>`, { [W]: "w" });
    expect(tree).toEqual({
      ok: true,
      root: {
        name: "w:doc",
        attrs: { "w:val": "1", plain: "2" },
        children: [{ name: "w:p", attrs: {}, children: ["hi"] }],
      },
    });
  });

  it.each([
    {
      what: "an entity bomb",
      xml: '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>',
      reason: /^declares XML entities/,
    },
    { what: "any DOCTYPE", xml: '<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r/>', reason: /^has a DOCTYPE/ },
  ])("refuses $what", ({ xml, reason }) => {
    const problem = walkXml(xml, {}, {});
    expect(problem?.kind).toBe("refused");
    expect(problem?.reason).toMatch(reason);
  });

  it.each([
    { limit: "maxChars", xml: `<r>${"x".repeat(101)}</r>`, limits: { maxChars: 100, maxElements: 10, maxDepth: 10 } },
    {
      limit: "maxElements",
      xml: `<r>${"<a/>".repeat(11)}</r>`,
      limits: { maxChars: 100, maxElements: 10, maxDepth: 10 },
    },
    {
      limit: "maxDepth",
      xml: `${"<a>".repeat(11)}${"</a>".repeat(11)}`,
      limits: { maxChars: 100, maxElements: 100, maxDepth: 10 },
    },
  ])("stops at $limit", ({ limit, xml, limits }) => {
    expect(walkXml(xml, {}, {}, limits)).toMatchObject({ kind: "too_large", limit });
  });

  it("reports XML that is not well formed as damage, not a throw", () => {
    const tree = readXmlTree("<r><a></r>", {});
    expect(tree.ok).toBe(false);
    expect(!tree.ok && tree.problem.kind).toBe("corrupt");
  });

  it("keeps text in order among elements", () => {
    const tree = readXmlTree("<p>a<b>c</b>d</p>", {});
    const root = tree.ok ? tree.root : null;
    expect(root?.children.map((c) => (typeof c === "string" ? c : (c as XmlElement).name))).toEqual(["a", "b", "d"]);
  });
});
