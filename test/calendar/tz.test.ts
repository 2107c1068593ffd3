import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const probe = fileURLToPath(new URL('./fixtures/tzProbe.ts', import.meta.url));

function run(tz: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', probe], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return JSON.parse(out) as Record<string, unknown>;
}

describe('host time zone never moves a day', () => {
  it('gives identical dates under America/Los_Angeles, Pacific/Kiritimati and Asia/Ho_Chi_Minh', () => {
    const [la, kiri, hcm] = ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh'].map(run);
    // The child really ran in those zones.
    expect(la!.tz).toBe('America/Los_Angeles');
    expect(kiri!.tz).toBe('Pacific/Kiritimati');
    const strip = ({ tz: _tz, ...rest }: Record<string, unknown>) => rest;
    expect(strip(la!)).toEqual(strip(hcm!));
    expect(strip(kiri!)).toEqual(strip(hcm!));
    expect((hcm!.tet as string[])[2]).toBe('2007-02-17');
    expect((hcm!.serials as string[])[1]).toBe('2018-02-15');
  });
});
