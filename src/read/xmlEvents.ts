import { SaxesParser, type SaxesTagNS } from "saxes";

/**
 * A thin, bounded walk over an XML part (of a .docx, .odt or .ods) with
 * saxes. Office XML never needs a DTD, so any `<!DOCTYPE` is refused: that
 * is where entity declarations live, and with them the "billion laughs"
 * expansion bomb. (saxes does not expand declared entities anyway; refusing
 * the DOCTYPE says so plainly instead of failing later on an entity.)
 * Characters, elements and nesting depth are capped, and a broken cap stops
 * the walk with a reason, never a throw.
 *
 * Element and attribute names are given by namespace, not by the prefix the
 * file happens to use: the caller maps namespace URIs to the prefixes it
 * matches on ("w" for WordprocessingML, whatever the file calls it), so a
 * document written with `<ns0:p>` reads like one with `<w:p>`.
 */

export interface XmlLimits {
  /** Most characters of text (between tags) in one part. */
  maxChars: number;
  /** Most elements in one part. */
  maxElements: number;
  /** Deepest nesting of elements (callers may walk the tree recursively). */
  maxDepth: number;
}

export const XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxChars: 20_000_000,
  maxElements: 2_000_000,
  maxDepth: 400,
});

export interface XmlProblem {
  /** "refused": a DTD; "too_large": a limit (named in `limit`); "corrupt": not well-formed XML. */
  kind: "refused" | "too_large" | "corrupt";
  limit?: keyof XmlLimits;
  /** Completes "its part <name> …": "has a DOCTYPE, …". */
  reason: string;
}

export interface XmlTag {
  /** "w:p" when the namespace is mapped to "w"; "{uri}local" when unmapped; "local" when none. */
  name: string;
  /** Attribute values by name, named the same way ("w:val", "text:style-name", "xml:id"). */
  attrs: Record<string, string>;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Namespace URI → the prefix the caller matches on. */
export type NamespaceMap = Readonly<Record<string, string>>;

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

class Stop extends Error {}

/** Walk `xml`, calling the handlers in document order; null when the whole part was walked. */
export function walkXml(
  xml: string,
  namespaces: NamespaceMap,
  handlers: XmlHandlers,
  limits: XmlLimits = XML_LIMITS,
): XmlProblem | null {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let problem: XmlProblem | null = null;
  let chars = 0;
  let elements = 0;
  let depth = 0;
  const stop = (p: XmlProblem): never => {
    problem = p;
    throw new Stop();
  };
  const nameOf = (uri: string, local: string): string => {
    if (uri === "") return local;
    const prefix = uri === XML_NAMESPACE ? "xml" : namespaces[uri];
    return prefix === undefined ? `{${uri}}${local}` : `${prefix}:${local}`;
  };

  parser.on("doctype", (doctype) => {
    const entities = /<!ENTITY/i.test(doctype);
    stop({
      kind: "refused",
      reason: entities
        ? "declares XML entities (a DOCTYPE with <!ENTITY>), which Office files never need and which can expand without bound, so it was refused"
        : "has a DOCTYPE, which Office files never need, so it was refused",
    });
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    elements += 1;
    depth += 1;
    if (elements > limits.maxElements) {
      stop({
        kind: "too_large",
        limit: "maxElements",
        reason: `has more than ${limits.maxElements} XML elements, the limit for one part`,
      });
    }
    if (depth > limits.maxDepth) {
      stop({
        kind: "too_large",
        limit: "maxDepth",
        reason: `nests XML elements deeper than ${limits.maxDepth} levels, the limit for one part`,
      });
    }
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      // Namespace declarations are how names are resolved, not content.
      if (attr.prefix === "xmlns" || attr.name === "xmlns") continue;
      attrs[nameOf(attr.uri, attr.local)] = attr.value;
    }
    handlers.open?.({ name: nameOf(tag.uri, tag.local), attrs });
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    depth -= 1;
    handlers.close?.(nameOf(tag.uri, tag.local));
  });
  const onText = (text: string) => {
    chars += text.length;
    if (chars > limits.maxChars) {
      stop({
        kind: "too_large",
        limit: "maxChars",
        reason: `holds more than ${limits.maxChars} characters of text, the limit for one part`,
      });
    }
    handlers.text?.(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("error", (err) => {
    stop({ kind: "corrupt", reason: `is damaged XML (${err.message.replace(/^[^:]*:\d+:\d+: /, "")})` });
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
  return problem;
}

/** An element of a part read whole: its children are elements and text, in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * Read a part into a tree. Readers of letters walk a tree more simply than
 * a stream (a table's cells, a list's levels), and the limits above bound
 * its size; depth is capped so the callers' recursion is safe.
 */
export function readXmlTree(
  xml: string,
  namespaces: NamespaceMap,
  limits: XmlLimits = XML_LIMITS,
): { ok: true; root: XmlElement } | { ok: false; problem: XmlProblem } {
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const problem = walkXml(
    xml,
    namespaces,
    {
      open(tag) {
        const el: XmlElement = { name: tag.name, attrs: tag.attrs, children: [] };
        stack[stack.length - 1]?.children.push(el);
        stack.push(el);
      },
      close() {
        stack.pop();
      },
      text(text) {
        stack[stack.length - 1]?.children.push(text);
      },
    },
    limits,
  );
  if (problem) return { ok: false, problem };
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) return { ok: false, problem: { kind: "corrupt", reason: "is damaged XML (no root element)" } };
  return { ok: true, root: top };
}

/** The element children of `el` named `name` (all element children when no name is given). */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== "string" && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** Every descendant element named `name`, in document order (not descending into matches). */
export function findElements(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const c of node.children) {
      if (typeof c === "string") continue;
      if (c.name === name) out.push(c);
      else visit(c);
    }
  };
  visit(el);
  return out;
}
