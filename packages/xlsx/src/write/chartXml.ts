/**
 * Planned charts → a drawing part (one anchor per chart) and chart parts
 * (`c:chartSpace`) whose series refer to the sheet's ranges and carry
 * cached values, so LibreOffice and viewers draw them without recalculating.
 */
import type { PlannedChart } from '@giaoban/core';
import { escapeAttr, escapeText } from '../xml/xml.js';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/**
 * The drawing part anchoring `charts` (relationship ids `rIds`, one per chart).
 *
 * @example
 * ```ts
 * drawingXml(sheet.charts, ['rId1', 'rId2']);
 * ```
 */
export function drawingXml(charts: readonly PlannedChart[], rIds: readonly string[]): string {
  const anchors = charts.map((c, i) => {
    const a = c.anchor;
    const marker = (tag: string, col: number, row: number) => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', a.fromCol, a.fromRow)}${marker('to', a.toCol, a.toRow)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(`Biểu đồ ${i + 1}`)}" descr="${escapeAttr(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${rIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join('')}</xdr:wsDr>`;
}

const rgb = (hex: string) => hex.replace('#', '').toUpperCase();
const solid = (hex: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb(hex)}"/></a:solidFill></c:spPr>`;

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function seriesXml(chart: PlannedChart): string {
  return chart.series
    .map((s, i) => {
      const slices = chart.type === 'pie' ? chart.pointColors.map((c, k) => `<c:dPt><c:idx val="${k}"/><c:bubble3D val="0"/>${solid(c)}</c:dPt>`).join('') : '';
      const look =
        chart.type === 'line'
          ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${rgb(s.color)}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/></c:marker>`
          : chart.type === 'pie'
            ? ''
            : solid(s.color);
      const labels = chart.type === 'pie' ? '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>' : '';
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>${look}${chart.type === 'column' || chart.type === 'bar' ? '<c:invertIfNegative val="0"/>' : ''}${slices}${labels}` +
        `<c:cat><c:strRef><c:f>${escapeText(chart.categories.ref)}</c:f>${strCache(chart.categories.values)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(s.ref)}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        `${chart.type === 'line' ? '<c:smooth val="0"/>' : ''}</c:ser>`
      );
    })
    .join('');
}

const AX_CAT = 500_000_001;
const AX_VAL = 500_000_002;

function axesXml(chart: PlannedChart): string {
  const catPos = chart.type === 'bar' ? 'l' : 'b';
  const valPos = chart.type === 'bar' ? 'b' : 'l';
  return (
    `<c:catAx><c:axId val="${AX_CAT}"/><c:scaling><c:orientation val="${chart.type === 'bar' ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AX_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${AX_VAL}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AX_CAT}"/><c:crosses val="${chart.type === 'bar' ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * One chart part.
 *
 * @example
 * ```ts
 * chartXml(sheet.charts[0]); // '<?xml …><c:chartSpace …>'
 * ```
 */
export function chartXml(chart: PlannedChart): string {
  let plot: string;
  const axIds = `<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/>`;
  switch (chart.type) {
    case 'pie':
      plot = `<c:pieChart><c:varyColors val="1"/>${seriesXml(chart)}<c:firstSliceAng val="0"/></c:pieChart>`;
      break;
    case 'line':
      plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${seriesXml(chart)}<c:marker val="1"/>${axIds}</c:lineChart>${axesXml(chart)}`;
      break;
    default:
      plot = `<c:barChart><c:barDir val="${chart.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${seriesXml(chart)}<c:gapWidth val="80"/>${axIds}</c:barChart>${axesXml(chart)}`;
  }
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const legend = chart.type === 'pie' || chart.series.length > 1 ? `<c:legend><c:legendPos val="${chart.type === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
