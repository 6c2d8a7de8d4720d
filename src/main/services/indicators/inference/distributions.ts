import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf'
import normalCdf from '@stdlib/stats-base-dists-normal-cdf'
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'
import tCdf from '@stdlib/stats-base-dists-t-cdf'
import tQuantile from '@stdlib/stats-base-dists-t-quantile'

/*
 * The distributions behind intervals and tests, from stdlib (docs/decisions/0021): maintained,
 * ports of the Cephes/Boost algorithms, accurate to about 1e-15 where a hand-written series is not.
 */

/** z with P(Z ≤ z) = q. */
export const zQuantile = (q: number): number => normalQuantile(q, 0, 1)

/** Two-sided p of a standard normal statistic. */
export const zTwoSided = (z: number): number => 2 * normalCdf(-Math.abs(z), 0, 1)

/** t with P(T ≤ t) = q for df degrees of freedom. */
export const tQuantileOf = (q: number, df: number): number => tQuantile(q, df)

/** Two-sided p of a t statistic. */
export const tTwoSided = (t: number, df: number): number => 2 * tCdf(-Math.abs(t), df)

/** Upper tail P(X² ≥ x) of a chi-square with df degrees of freedom. */
export const chiSquareUpper = (x: number, df: number): number => Math.max(0, 1 - chisquareCdf(x, df))
