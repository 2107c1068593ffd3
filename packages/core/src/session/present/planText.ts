/**
 * The plan view as text: month by month, each cluster's date, host and chair,
 * then what could not be staffed, the fairness line, the swaps and the
 * changes from the previous plan — in the reader's language.
 */
import { CORE_TEXTS, type CoreTextKey } from '../../data/texts.js';
import { formatDateIn, formatMonthIn } from '../../calendar/civilDate.js';
import { formatRotationNumber } from '../../rotation/messages.js';
import { textIn, type Lang, type TextVars } from '../../text/texts.js';
import type { PlanView } from '../planView.js';
import { clusterNameIn } from './clusterName.js';

const say = (key: CoreTextKey, lang: Lang, vars?: TextVars) => textIn(CORE_TEXTS, key, lang, vars);

/**
 * The plan as text.
 *
 * @param view the session's plan
 * @param lang the reader's language
 * @returns the text, ending in a newline
 * @example
 * ```ts
 * process.stdout.write(planText(session.plan({ from: '2026-01', months: 12 }), 'vi'));
 * // Tháng 01/2026
 * //   Cụm 1: 15/01/2026 tại Chà Nưa, chủ trì: Đ/c Lò Văn Thắng
 * ```
 */
export function planText(view: PlanView, lang: Lang): string {
  const { plan } = view;
  const out: string[] = [];
  let month = '';
  for (const b of plan.briefings) {
    if (b.month !== month) {
      month = b.month;
      out.push('', say('plan.month', lang, { month: formatMonthIn(month, lang) }));
    }
    const chair = b.chair ? say('plan.chair', lang, { name: b.chair }) : say('plan.noChair', lang);
    const source = b.source === 'generated' ? '' : ` [${say(`source.${b.source}`, lang)}]`;
    out.push(`  ${say('plan.row', lang, { cluster: clusterNameIn(b.cluster, lang), date: formatDateIn(b.date, lang), host: b.host, chair })}${source}`);
  }
  if (plan.problems.length > 0) {
    out.push('', say('plan.problems', lang, { n: plan.problems.length }));
    for (const p of plan.problems) out.push(`  - ${formatMonthIn(p.month, lang)} ${clusterNameIn(p.cluster, lang)}: ${lang === 'en' ? p.messageEn : p.message}`);
  }
  if (plan.fairness.leaders.length > 0) {
    const list = plan.fairness.leaders.map((l) => `${l.leader} ${l.chairs}/${formatRotationNumber(l.fairShare, lang)}`).join('; ');
    out.push('', say('plan.fairness', lang, { list }));
  }
  for (const sw of plan.swaps) out.push(`  ${say('plan.swap', lang, { effect: lang === 'en' ? sw.effectEn : sw.effect })}`);
  if (plan.changes.length > 0) {
    out.push('', say('plan.changes', lang, { n: plan.changes.length }));
    const none = say('plan.none', lang);
    for (const c of plan.changes) {
      const field = c.field === 'host' && view.tier === 'villages' ? 'field.hostVillage' : (`field.${c.field}` as const);
      out.push(`  - ${formatMonthIn(c.month, lang)} ${clusterNameIn(c.cluster, lang)}, ${say(field, lang)}: ${c.before ?? none} → ${c.after ?? none} — ${lang === 'en' ? c.reasonEn : c.reason}`);
    }
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}
