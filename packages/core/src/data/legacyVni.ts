/**
 * VNI-Windows (the VNI-Times family of fonts): a letter is an ASCII base
 * followed by a mark character, both as the Windows-1252 characters Excel
 * shows. Data only; text/legacyEncoding.ts reads it.
 *
 * Tone marks after a base: sắc ù, huyền ø, hỏi û, ngã õ, nặng ï.
 * Circumflex (â ê ô) is â, or with a tone á à å ã ä; breve (ă) is ê, or with
 * a tone é è ú ü ë. ơ is ô and ư is ö (then a tone mark); i with a tone is a
 * single character (í ì æ ó ò), and so is ỵ (î); đ is ñ. Capitals use the
 * capital forms of every character.
 */

/** Tone order used by the tables below: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** Lower-case VNI spelling of each vowel in the tone order above. */
const VNI_VOWELS: readonly (readonly [unicodeBase: string, spellings: readonly string[]])[] = [
  ['a', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']],
  ['â', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']],
  ['ă', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']],
  ['e', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']],
  ['ê', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']],
  ['i', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
  ['o', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']],
  ['ô', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']],
  ['ơ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
  ['u', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']],
  ['ư', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']],
  ['y', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
];

function build(): [unicode: string, vni: string][] {
  const pairs: [string, string][] = [];
  for (const [base, spellings] of VNI_VOWELS) {
    spellings.forEach((vni, t) => {
      const uni = (base + TONES[t]!).normalize('NFC');
      if (uni === vni) return; // plain ASCII vowel: same in both
      pairs.push([uni, vni]);
      // Capitals: capital base and capital marks ("AÙ" for "Á").
      pairs.push([uni.toUpperCase(), vni.toUpperCase()]);
    });
  }
  pairs.push(['đ', 'ñ'], ['Đ', 'Ñ']);
  return pairs;
}

/** Every Vietnamese letter that VNI spells differently from Unicode, with its VNI spelling. */
export const VNI_PAIRS: readonly (readonly [unicode: string, vni: string])[] = build();
