import math
import statistics
from fractions import Fraction

p = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 8), Fraction(1, 8)]
print(sum(p), max(p), sorted(p))
H = -sum(float(pi) * math.log2(pi) for pi in p)
print("H =", H, "bits")
print(math.log2(Fraction(1, 8)), math.log(8, 2), math.log10(1000), math.log1p(0.0))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), round(statistics.stdev(data), 10), statistics.variance(data))
print(statistics.fmean([0.1, 0.2, 0.3]), statistics.median_low([1, 3, 5, 7]), statistics.quantiles(data, n=4))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(6), math.prod([1, 2, 3, 4]))
binom = [math.comb(4, k) * Fraction(1, 2) ** 4 for k in range(5)]
print(binom, sum(binom))
E = sum(k * b for k, b in enumerate(binom))
print("E =", E, "Var =", sum((k - E) ** 2 * b for k, b in enumerate(binom)))
print(math.isclose(0.1 + 0.2, 0.3), math.exp(-math.inf), math.inf - math.inf == math.nan, math.isnan(math.inf - math.inf))
print(Fraction(0.1), Fraction(1, 3) ** 2, float(Fraction(22, 7)), Fraction(3, 6).numerator, round(Fraction(7, 2)))
print(math.sqrt(2) ** 2 == 2, math.fsum([0.1] * 10), sum([0.1] * 10))
