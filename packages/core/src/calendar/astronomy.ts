/**
 * The two astronomical quantities the Vietnamese lunar calendar needs, written
 * from Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998):
 * true new moons (ch. 49) and the Sun's apparent longitude (ch. 25), plus ΔT
 * (Espenak & Meeus polynomial fits, NASA 2006) to go from dynamical to
 * universal time. Accuracy: new moons to well under a minute, solar longitude
 * to about 0.01°, which is what dating a new moon or a solar term to the day needs.
 *
 * @packageDocumentation
 */

const RAD = Math.PI / 180;

/** Julian Day of the Meeus new-moon epoch k = 0 (2000-01-06). */
const NEW_MOON_EPOCH = 2451550.09766;
/** Mean synodic month in days. */
export const SYNODIC_MONTH = 29.530588861;

/**
 * ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus fits,
 * valid 1860–2150, extrapolated parabola outside).
 */
export function deltaTSeconds(year: number): number {
  const y = year;
  if (y < 1860 || y >= 2150) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

/** Decimal year of a Julian Day (close enough for ΔT). */
function decimalYear(jd: number): number {
  return 2000 + (jd - 2451545.0) / 365.25;
}

/** ΔT in days for a Julian Day. */
function deltaTDays(jd: number): number {
  return deltaTSeconds(decimalYear(jd)) / 86400;
}

// Periodic terms of the true new moon, Meeus table 49.A: [coefficient, power of E, m', m, f, Ω multipliers].
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 1, 0, 0, 0],
  [0.17241, 1, 0, 1, 0, 0],
  [0.01608, 0, 2, 0, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, 1, -1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 0, 2, 0, 0],
  [-0.00111, 0, 1, 0, -2, 0],
  [-0.00057, 0, 1, 0, 2, 0],
  [0.00056, 1, 2, 1, 0, 0],
  [-0.00042, 0, 3, 0, 0, 0],
  [0.00042, 1, 0, 1, 2, 0],
  [0.00038, 1, 0, 1, -2, 0],
  [-0.00024, 1, 2, -1, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 1, 2, 0, 0],
  [0.00004, 0, 2, 0, -2, 0],
  [0.00004, 0, 0, 3, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 2, 0, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, 1, -1, 2, 0],
  [-0.00002, 0, 1, -1, -2, 0],
  [-0.00002, 0, 3, 1, 0, 0],
  [0.00002, 0, 4, 0, 0, 0],
];

// Additional corrections for all phases, Meeus p. 352: [constant, rate per k, coefficient].
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/**
 * Julian Ephemeris Day (TT) of the true new moon number `k`
 * (k = 0 is the new moon of 2000-01-06; negative before).
 * @example newMoonJde(-283) // ≈ 2443192.65118 (1977-02-18, Meeus example 49.a)
 */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T, T3 = T2 * T, T4 = T3 * T;
  let jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3) * RAD;
  const Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4) * RAD;
  const F = (160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4) * RAD;
  const Om = (124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3) * RAD;
  for (const [c, e, mp, m, f, om] of NEW_MOON_TERMS) {
    jde += c * E ** e * Math.sin(mp * Mp + m * M + f * F + om * Om);
  }
  for (const [a, b, c] of PLANETARY_TERMS) {
    const arg = a + b * k + (a === 299.77 ? -0.009173 * T2 : 0);
    jde += c * Math.sin(arg * RAD);
  }
  return jde;
}

/** Julian Day (UT) of the true new moon number `k`. */
export function newMoonJd(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTDays(jde);
}

/** The new-moon number k of the last new moon at or before (about) Julian Day `jd`. */
export function newMoonIndexNear(jd: number): number {
  return Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/**
 * Apparent geocentric longitude of the Sun in degrees [0, 360) at Julian Day
 * `jd` (UT), Meeus ch. 25 (low-accuracy method, ~0.01°).
 * @example sunLongitude(2448908.5) // ≈ 199.909 (1992-10-13, Meeus example 25.a, TD)
 */
export function sunLongitude(jd: number): number {
  const jde = jd + deltaTDays(jd);
  const T = (jde - 2451545.0) / 36525;
  const T2 = T * T;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T2;
  const M = (357.52911 + 35999.05029 * T - 0.0001537 * T2) * RAD;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T2) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.000289 * Math.sin(3 * M);
  const omega = (125.04 - 1934.136 * T) * RAD;
  const lambda = L0 + C - 0.00569 - 0.00478 * Math.sin(omega);
  return ((lambda % 360) + 360) % 360;
}
