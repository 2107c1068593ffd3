/**
 * exceljs 4.4 writes an internal link ("'Giao ban'!C5") with both a `location`
 * and an r:id pointing at an *external* relationship of the same text, which
 * some readers follow as a file path. We drop the r:id of internal links so
 * the link is a pure in-workbook jump, as Excel itself writes it.
 */
import { createRequire } from 'node:module';

interface HyperlinkModel {
  address: string;
  rId?: string;
  tooltip?: string;
  target?: string;
}
interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}
interface HyperlinkXformClass {
  prototype: {
    render(xmlStream: XmlStream, model: HyperlinkModel): void;
    isInternalLink(model: HyperlinkModel): boolean;
    __giaobanPatched?: boolean;
  };
}

let patched = false;

/** Installs the fix once per process (idempotent). */
export function patchInternalHyperlinks(): void {
  if (patched) return;
  patched = true;
  try {
    const require = createRequire(import.meta.url);
    const Xform = require('exceljs/lib/xlsx/xform/sheet/hyperlink-xform.js') as HyperlinkXformClass;
    const proto = Xform.prototype;
    if (proto.__giaobanPatched) return;
    const original = proto.render;
    proto.render = function render(xmlStream, model) {
      if (this.isInternalLink(model)) {
        xmlStream.leafNode('hyperlink', { ref: model.address, tooltip: model.tooltip, location: model.target });
        return;
      }
      original.call(this, xmlStream, model);
    };
    proto.__giaobanPatched = true;
  } catch {
    // A future exceljs may move the file; links then keep exceljs's own form.
  }
}
