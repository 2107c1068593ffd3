/**
 * Surgical edits of a part's XML text: insert children into a section, set a
 * count, remove elements. The rest of the part keeps its exact bytes, which
 * is what keeps a clerk's workbook.xml and styles.xml meaning what they meant.
 */

/** Namespace prefix of the root element (`"x:"` or `""`). */
export function rootPrefix(xml: string, root: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** Start-tag match of `<p:name …>` or `<p:name …/>` (first one), with its index. */
export function findStartTag(xml: string, prefix: string, name: string, from = 0): { index: number; tag: string; selfClosing: boolean } | null {
  const re = new RegExp(`<${escapeRe(prefix + name)}(?=[\\s>/])[^>]*>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  return { index: m.index, tag: m[0], selfClosing: m[0].endsWith('/>') };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The whole element `<p:name …>…</p:name>` (or self-closing), or null. */
export function findElement(xml: string, prefix: string, name: string, from = 0): { start: number; end: number; text: string; inner: string | null } | null {
  const open = findStartTag(xml, prefix, name, from);
  if (!open) return null;
  if (open.selfClosing) return { start: open.index, end: open.index + open.tag.length, text: open.tag, inner: null };
  const close = `</${prefix}${name}>`;
  const at = xml.indexOf(close, open.index + open.tag.length);
  if (at < 0) return null;
  const end = at + close.length;
  return { start: open.index, end, text: xml.slice(open.index, end), inner: xml.slice(open.index + open.tag.length, at) };
}

/** Sets (or adds) an attribute on a start tag's text. */
export function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escapeRe(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/**
 * Appends `children` to the section `<p:name>` and updates its `count` when it has one.
 * When the section is missing it is created before the first of `before` found (or before the root's end tag).
 */
export function appendToSection(xml: string, prefix: string, name: string, children: readonly string[], total: number, before: readonly string[], rootClose: string): string {
  if (children.length === 0) return xml;
  const el = findElement(xml, prefix, name);
  if (el) {
    const open = findStartTag(xml, prefix, name)!;
    let tag = open.selfClosing ? open.tag.replace(/\s*\/>$/, '>') : open.tag;
    if (/\scount\s*=/.test(tag) || open.selfClosing) tag = setAttribute(tag, 'count', String(total));
    const inner = (el.inner ?? '') + children.join('');
    return xml.slice(0, el.start) + tag + inner + `</${prefix}${name}>` + xml.slice(el.end);
  }
  const section = `<${prefix}${name} count="${total}">${children.join('')}</${prefix}${name}>`;
  for (const b of before) {
    const at = findStartTag(xml, prefix, b);
    if (at) return xml.slice(0, at.index) + section + xml.slice(at.index);
  }
  const end = xml.lastIndexOf(rootClose);
  return xml.slice(0, end) + section + xml.slice(end);
}

/** Removes every element matched by `match` (self-closing or with content) among `<p:name>` elements. */
export function removeElements(xml: string, prefix: string, name: string, match: (startTag: string) => boolean): string {
  let out = '';
  let from = 0;
  for (;;) {
    const el = findElement(xml, prefix, name, from);
    if (!el) break;
    const open = findStartTag(xml, prefix, name, from)!;
    out += xml.slice(from, el.start);
    if (!match(open.tag)) out += el.text;
    from = el.end;
  }
  return out + xml.slice(from);
}
