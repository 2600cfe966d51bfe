/**
 * NumPy's float32 ziggurat for the standard normal (`random_standard_normal_f` in
 * numpy/random/src/distributions/distributions.c), drawing 32-bit words from a PCG64: what
 * Generator.standard_normal(dtype=np.float32) returns. Every float operation is rounded to float32
 * (Math.fround) where NumPy's C does it in float. Tables ki_float (uint32) / wi_float / fi_float are
 * NumPy's constants (ziggurat_constants.h) stored as little-endian bytes.
 */
import type { PCG64 } from "./pcg64";
import { glibcExp } from "./glibc-exp";

// local alias: transpilers may turn imported names into getter calls
const exp = glibcExp;

const TABLES =
  "7Jl3AAAAAAD1RWAAqBptALSPcgCvknUAXHp3ADjKeABrv3kANXp6AC8NewDUg3sAl+V7AIg3fAAzfXwAJrl8AEjtfAAIG30Af0N9AItnfQDbh30A/KR9AGG/" +
  "fQBn130AXe19AIMBfgARFH4ANCV+ABU1fgDVQ34Ak1F+AGdefgBpan4AqnV+AD6AfgAyin4AlZN+AHKcfgDVpH4Axqx+AE60fgB1u34AQ8J+ALzIfgDozn4A" +
  "zNR+AGvafgDL334A7+R+ANzpfgCU7n4AG/N+AHT3fgCg+34Ao/9+AH8DfwA2B38Aygp/ADwOfwCPEX8AxBR/ANwXfwDaGn8AvR1/AIcgfwA6I38A1yV/AF0o" +
  "fwDQKn8ALi1/AHovfwCzMX8A3DN/APM1fwD7N38A8zl/ANw7fwC3PX8AhD9/AEVBfwD4Qn8An0R/ADpGfwDKR38ATkl/AMhKfwA4TH8AnU1/APlOfwBMUH8A" +
  "lVF/ANVSfwANVH8APVV/AGRWfwCEV38AnFh/AKxZfwC1Wn8AuFt/ALNcfwCoXX8All5/AH5ffwBfYH8AO2F/ABBifwDgYn8AqmN/AG9kfwAuZX8A6GV/AJxm" +
  "fwBMZ38A9md/AJxofwA8aX8A2Wl/AHBqfwADa38AkWt/ABtsfwCgbH8AIW1/AJ5tfwAXbn8AjG5/APxufwBob38A0W9/ADVwfwCWcH8A83B/AExxfwChcX8A" +
  "8nF/AD9yfwCJcn8Az3J/ABJzfwBQc38Ai3N/AMNzfwD2c38AJ3R/AFN0fwB8dH8AoXR/AMN0fwDgdH8A+3R/ABF1fwAkdX8AM3V/AD91fwBGdX8ASnV/AEt1" +
  "fwBHdX8AP3V/ADR1fwAkdX8AEXV/APl0fwDedH8AvnR/AJp0fwBydH8ARXR/ABR0fwDfc38ApXN/AGZzfwAjc38A2nJ/AI1yfwA6cn8A43F/AIZxfwAjcX8A" +
  "u3B/AE1wfwDZb38AX29/AN9ufwBYbn8Ay21/ADdtfwCcbH8A+Wt/AE9rfwCcan8A4ml/AB9pfwBUaH8Af2d/AKFmfwC4ZX8AxmR/AMhjfwDAYn8Aq2F/AIpg" +
  "fwBdX38AIV5/ANhcfwB/W38AF1p/AJ5YfwATV38AdVV/AMRTfwD+UX8AIlB/AC9OfwAiTH8A+kl/ALZHfwBTRX8Az0J/AChAfwBaPX8AZDp/AEE3fwDtM38A" +
  "ZTB/AKQsfwCkKH8AXyR/AM4ffwDqGn8AqRV/AAAQfwDkCX8ARgN/ABb8fgA+9H4AqOt+ADfifgDI134AL8x+ADe/fgCdsH4ACqB+AA2NfgAQd34AR11+AJM+" +
  "fgBZGX4ALOt9ADawfQADYn0AufR8ANJPfAAwNnsA0tJ4ANxJ+jRfaNwyeoUSM8rlKzPnD0AzYRhRM2kCYDN7YW0zQZJ5M5FpgjMqqIczNZWMMxQ9kTNyqZUz" +
  "/uGZM/bsnTN8z6Ez2o2lM6srqTMFrKwzjhGwM5NeszMVlbYz17a5M2nFvDMtwr8zY67CMyWLxTN1WcgzPBrLM0zOzTNndtAzOxPTM2ul1TOLLdgzJKzaM7Qh" +
  "3TOxjt8ziPPhM51Q5DNQpuYz+PToM+k86zNwfu0z1bnvM17v8TNKH/Qz1kn2Mzxv+DOzj/ozbav8M5zC/jO3agA0CHIBNFV3AjSzegM0NXwENOx7BTTreQY0" +
  "QnYHNAJxCDQ4agk09WEKNEZYCzQ5TQw020ANNDgzDjRdJA80VRQQNCwDETTs8BE0oN0SNFPJEzQOtBQ0250VNMOGFjTPbhc0CFYYNHc8GTQkIho0FgcbNFbr" +
  "GzTrzhw03rEdNDWUHjT3dR80LFcgNNk3ITQHGCI0vPciNP3WIzTStSQ0QJQlNE1yJjQBUCc0Xy0oNHAKKTQ35yk0usMqNACgKzQOfCw06VctNJczLjQcDy80" +
  "fuovNMPFMDTvoDE0CHwyNBNXMzQUMjQ0EQ01NA/oNTQTwzY0Ip43NEB5ODRzVDk0vy86NCoLOzS45js0bsI8NFKePTRoej40tFY/ND0zQDQHEEE0Fu1BNHHK" +
  "QjQbqEM0G4ZENHVkRTQtQ0Y0SyJHNNEBSDTH4Ug0McJJNBSjSjR2hEs0XGZMNM1ITTTMK040YQ9PNJHzTzRi2FA02b1RNP2jUjTUilM0Y3JUNLJaVTTGQ1Y0" +
  "py1XNFoYWDToA1k0VfBZNKrdWjTuy1s0KLtcNF+rXTSbnF405Y5fNEOCYDS/dmE0YWxiNDBjYzQ3W2Q0flRlNA5PZjTySmc0MkhoNNlGaTTxRmo0hUhrNKBL" +
  "bDRNUG00mFZuNI1ebzQ4aHA0pnNxNOWAcjQBkHM0CqF0NA60dTQcyXY0Q+B3NJT5eDQgFXo0+TJ7NDBTfDTZdX00B5t+NM7CfzSidoA0QA2BNEylgTTSPoI0" +
  "4NmCNIF2gzTEFIQ0uLSENGxWhTTv+YU0Up+GNKZGhzT/74c0cJuINA1JiTTr+Ik0IquKNMpfizT8Fow009CMNGyNjTTlTI40YA+PNP7UjzTlnZA0PGqRNC06" +
  "kjTmDZM0mOWTNHbBlDS7oZU0ooaWNG5wlzRnX5g021OZNCBOmjSUTps0nVWcNKxjnTQ+eZ403ZafNCW9oDTB7KE0ciajNBRrpDSdu6U0KBmnNPuEqDSLAKo0" +
  "jY2rNAQurTRR5K40TrOwNHSesjQGqrQ0XNu2NEg5uTSrzLs0cKG+NBjIwTR+WMU0BXfJNHBfzjTkftQ0+sDcNKTd6TQAAIA/ViN6P6O6dT+P+HE/fZtuP5CE" +
  "az9Momg/nellP/ZSYz/n2GA/WndePyorXD/U8Vk/UslXP/ivVT9fpFM/WKVRP9+xTz8UyU0/M+pLP44USj+OR0g/qoJGP2rFRD9gD0M/KGBBP2q3Pz/UFD4/" +
  "Gng8P/jgOj8wTzk/hsI3P8U6Nj+7tzQ/OTkzPxW/MT8lSTA/Q9cuP01pLT8h/ys/oJgqP6s1KT8n1ic/+nkmPwwhJT9DyyM/ingiP8woIT/12x8/8ZEeP61K" +
  "HT8ZBhw/JMQaP76EGT/YRxg/Yw0XP1HVFT+UnxQ/IWwTP+s6Ej/lCxE/Bd8PP0C0Dj+Liw0/3GQMPylACz9pHQo/kvwIP53dBz+BwAY/NKUFP7GLBD/ucwM/" +
  "5V0CP49JAT/kNgA/vEv+Pu0s/D5OEfo+1Pj3PnHj9T4b0fM+x8HxPmq17z76q+0+a6XrPrWh6T7OoOc+rKLlPkan4z6TruE+jLjfPifF3T5c1Ns+I+bZPnX6" +
  "1z5KEdY+mirUPl9G0j6SZNA+K4XOPiSozD53zco+HfXIPhAfxz5KS8U+xXnDPnyqwT5p3b8+hRK+Ps1JvD47g7o+yr64PnT8tj41PLU+CX6zPurBsT7UB7A+" +
  "wk+uPrGZrD6c5ao+fjOpPlSDpz4b1aU+zSikPmd+oj7n1aA+Ry+fPoSKnT6b55s+iUaaPkqnmD7cCZc+Om6VPmLUkz5RPJI+BKaQPngRjz6qfo0+l+2LPj5e" +
  "ij6a0Ig+q0SHPmy6hT7cMYQ++aqCPsAlgT5cRH8+hEB8PvM/eT6lQnY+lkhzPsFRcD4jXm0+uG1qPnyAZz5tlmQ+hq9hPsTLXj4k61s+ow1ZPj0zVj7wW1M+" +
  "uodQPpa2TT6D6Eo+fh1IPoVVRT6UkEI+q84/PscPPT7lUzo+BJs3PiLlND49MjI+VIIvPmTVLD5tKyo+bYQnPmPgJD5OPyI+LKEfPv0FHT7AbRo+dNgXPhlG" +
  "FT6tthI+MSoQPqWgDT4HGgs+WZYIPpoVBj7KlwM+6xwBPvZJ/T35X/g94HvzPaud7j1exek9+vLkPYMm4D38X9s9Z5/WPcrk0T0nMM09hIHIPeXYwz1QNr89" +
  "y5m6PVwDtj0Jc7E92+isPdhkqD0K56M9eW+fPS/+mj02k5Y9mi6SPWbQjT2neIk9aSeFPb3cgD1hMXk9qrZwPXhJaD3w6V89PZhXPYhUTz0BH0c93Pc+PU7f" +
  "Nj2S1S496NomPZbvHj3nExc9LUgPPcGMBz0PxP8815DwPMyA4Tz6lNI8js7DPNgutTxYt6Y8xGmYPBpIijxSqXg8aSRdPCAIQjyyXCc8kSwNPAgL5ztH9bQ7" +
  "+FCEO/r8KjsuMKU6";

let KI: Uint32Array | null = null,
  WI: Float32Array,
  FI: Float32Array;
function tables(): void {
  const bin = (globalThis as any).atob(TABLES) as string;
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  KI = new Uint32Array(bytes.buffer, 0, 256);
  WI = new Float32Array(bytes.buffer, 1024, 256);
  FI = new Float32Array(bytes.buffer, 2048, 256);
}

const f = Math.fround;
const NOR_R_F = f(3.6541528853610087963519472518);
const NOR_INV_R_F = f(0.27366123732975827203338247596);

/** next_float: (next_uint32 >> 8) / 2^24 */
const nextFloat = (g: PCG64) => (g.next32() >>> 8) / 16777216;

export function standardNormalF32(g: PCG64): number {
  if (KI === null) tables();
  for (;;) {
    const r = g.next32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f(rabs * WI[idx]);
    if ((r >>> 8) & 1) x = -x;
    if (rabs < KI![idx]) return x;
    if (idx === 0) {
      for (;;) {
        // log1pf as float32-rounded log1p (this branch is taken about once in 10^4 draws)
        const xx = f(-NOR_INV_R_F * f(Math.log1p(-nextFloat(g))));
        const yy = f(-f(Math.log1p(-nextFloat(g))));
        if (f(yy + yy) > f(xx * xx)) return (rabs >>> 8) & 1 ? -f(NOR_R_F + xx) : f(NOR_R_F + xx);
      }
    }
    // C: float left side, double exp(-0.5 * x * x) on the right
    if (f(f(f(FI[idx - 1] - FI[idx]) * nextFloat(g)) + FI[idx]) < exp(-0.5 * x * x)) return x;
  }
}
