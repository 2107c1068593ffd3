/**
 * `giaoban communes [<tỉnh>] [--as-of YYYY-MM-DD] [--formed-from] [--json] [--lang en]` — today's
 * commune-level units of a province (or of the country) with code, kind and what each was formed from;
 * with a date before 01/07/2025 the units of that day and what each went into. The national catalogue
 * is loaded only by this command.
 */
import { GiaobanError } from '@giaoban/core';
import { dateArg, langArg, parseCommandArgs, type CliLang } from '../args.js';
import { UsageError } from '../io.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { register } from './index.js';

const usage = 'giaoban communes [<tỉnh>] [--as-of YYYY-MM-DD] [--formed-from] [--json] [--lang en]';

const KIND: Record<string, { vi: string; en: string }> = {
  xa: { vi: 'Xã', en: 'commune' },
  phuong: { vi: 'Phường', en: 'ward' },
  'thi-tran': { vi: 'Thị trấn', en: 'township' },
  'dac-khu': { vi: 'Đặc khu', en: 'special zone' },
};

export default register({
  name: 'communes',
  usage,
  summary: 'Danh mục xã, phường, đặc khu của một tỉnh (hoặc cả nước) kèm mã, loại và các xã cũ hình thành nên (Nghị quyết sắp xếp năm 2025).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean' }, 'as-of': { type: 'string' }, 'formed-from': { type: 'boolean' }, lang: { type: 'string' } },
      },
      usage,
    );
    const lang: CliLang = langArg(values.lang);
    const asOf = dateArg('--as-of', values['as-of']);
    const province = positionals.length ? positionals.join(' ') : null;
    const { communeListing, nationalCatalogue, ADMIN_UNITS_2025_SOURCE } = await import('@giaoban/core/catalogue');
    let listing;
    try {
      listing = communeListing(nationalCatalogue(), province, asOf);
    } catch (e) {
      if (e instanceof GiaobanError) throw new UsageError({ vi: e.vi, en: e.en }, { cause: e });
      throw e;
    }
    if (values.json) {
      printJson(io, { ...listing, source: ADMIN_UNITS_2025_SOURCE });
      return 0;
    }
    const vi = lang === 'vi';
    const current = listing.era === 'current';
    const where = listing.province ? listing.province.fullName : vi ? 'cả nước' : 'the whole country';
    const day = listing.asOf.split('-').reverse().join('/');
    io.stdout(
      vi
        ? `${current ? 'Đơn vị hành chính cấp xã' : 'Đơn vị hành chính cấp xã trước sắp xếp'} của ${where} (ngày ${day}): ${listing.units.length} đơn vị\n`
        : `Commune-level units of ${where} (${current ? 'from 01/07/2025' : 'before the 2025 arrangement'}, on ${day}): ${listing.units.length}\n`,
    );
    if (current && listing.province?.resolution) {
      io.stdout(vi ? `Căn cứ: Nghị quyết số ${listing.province.resolution} ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.\n\n` : `Source: Resolution ${listing.province.resolution} of 16/6/2025 of the National Assembly Standing Committee.\n\n`);
    } else io.stdout('\n');
    const link = (l: { name: string; whole: boolean }) => (l.whole ? l.name : vi ? `${l.name} (một phần)` : `${l.name} (part)`);
    const head = [vi ? 'Mã' : 'Code', vi ? 'Tên' : 'Name', vi ? 'Loại' : 'Kind'];
    const rows = listing.units.map((u) => {
      const row = [u.code, u.name, KIND[u.kind]![lang]];
      if (!current) row.push(u.district ?? '', u.successors.map(link).join(', '));
      else if (values['formed-from']) row.push(u.formedFrom.map(link).join(', ') + (u.verified ? '' : ' *'));
      return row;
    });
    if (!current) head.push(vi ? 'Huyện' : 'District', vi ? 'Nay thuộc' : 'Now part of');
    else if (values['formed-from']) head.push(vi ? 'Hình thành từ' : 'Formed from');
    io.stdout(textTable(head, rows));
    if (current && values['formed-from'] && listing.units.some((u) => !u.verified)) {
      io.stdout(vi ? '\n* chưa đối chiếu được tự động với văn bản nghị quyết (xem ghi chú nguồn dữ liệu).\n' : "\n* not confirmed automatically against the resolution's text (see the data's source notes).\n");
    }
    return 0;
  },
});
