/**
 * `giaoban communes [<tỉnh>] [--as-of YYYY-MM-DD] [--formed-from] [--json] [--lang en]` — today's
 * commune-level units of a province (or of the country) with code, kind and what each was formed from;
 * with a date before 01/07/2025 the units of that day and what each went into. The listing is the
 * core's `communeListing`; this command prints it. The national catalogue is loaded here only.
 */
import { formatDateIn, GiaobanError, unitLabel, type UnitLink } from '@giaoban/core';
import { dateArg, langArg, parseCommandArgs } from '../args.js';
import { UsageError } from '../io.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage = 'giaoban communes [<tỉnh>] [--as-of YYYY-MM-DD] [--formed-from] [--json] [--lang vi|en]';

export default register({
  name: 'communes',
  usage,
  summary: say('help.command.communes', 'vi'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      { args, allowPositionals: true, options: { json: { type: 'boolean' }, 'as-of': { type: 'string' }, 'formed-from': { type: 'boolean' } } },
      usage,
    );
    const lang = langArg(values.lang);
    const asOf = dateArg('--as-of', values['as-of']);
    const province = positionals.length ? positionals.join(' ') : null;
    const { communeListing, nationalCatalogue, ADMIN_UNITS_2025_SOURCE } = await import('@giaoban/core/catalogue');
    let listing;
    try {
      listing = communeListing(nationalCatalogue(), province, asOf);
    } catch (e) {
      // An unknown province is the user's argument: exit 2 with the core's words (and the nearest name).
      if (e instanceof GiaobanError) throw new UsageError({ vi: e.vi, en: e.en }, { code: e.code, cause: e });
      throw e;
    }
    if (values.json) {
      printJson(io, { ...listing, source: ADMIN_UNITS_2025_SOURCE });
      return 0;
    }
    const current = listing.era === 'current';
    const p = listing.province;
    const where = p ? unitLabel({ level: 'province', kind: p.kind, name: p.name }, lang, { capital: true }) : say('communes.country', lang);
    io.stdout(`${say(current ? 'communes.title' : 'communes.titleBefore', lang, { where, date: formatDateIn(listing.asOf, lang), n: listing.units.length })}\n`);
    if (current && listing.province?.resolution) io.stdout(`${say('communes.basis', lang, { resolution: listing.province.resolution })}\n\n`);
    else io.stdout('\n');
    const link = (l: UnitLink) => (l.whole ? l.name : say('communes.part', lang, { name: l.name }));
    const formedFrom = current && !!values['formed-from'];
    const head = [say('communes.head.code', lang), say('communes.head.name', lang), say('communes.head.kind', lang)];
    if (!current) head.push(say('communes.head.district', lang), say('communes.head.successors', lang));
    else if (formedFrom) head.push(say('communes.head.formedFrom', lang));
    const rows = listing.units.map((u) => {
      const row = [u.code, u.name, say(`communes.kind.${u.kind}`, lang)];
      if (!current) row.push((lang === 'en' ? u.districtEn : u.district) ?? '', u.successors.map(link).join(', '));
      else if (formedFrom) row.push(u.formedFrom.map(link).join(', ') + (u.verified ? '' : ' *'));
      return row;
    });
    io.stdout(textTable(head, rows));
    if (formedFrom && listing.units.some((u) => !u.verified)) io.stdout(`\n${say('communes.unverified', lang)}\n`);
    return 0;
  },
});
