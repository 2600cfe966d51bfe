/**
 * Negative binomial draws: a Poisson draw at a gamma-distributed rate, as NumPy's random_negative_binomial
 * (Generator) computes it; RandomState's (legacy_negative_binomial) is not bound yet.
 */
import type { PCG64 } from "./pcg64";
import { standardGamma } from "./generator-distributions";
import { poisson } from "./discrete";

export const negativeBinomial = (g: PCG64, n: number, p: number) => poisson(g, ((1 - p) / p) * standardGamma(g, n));
