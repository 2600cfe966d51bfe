# statistics: exact sums rounded once (mean, variance, stdev to the last bit), fsum-based ones, errors
import statistics as st
print(st.mean([1,2,3]), st.mean([1,2,4]), st.mean([1.1,2.2,3.3]), st.mean([True, False]), st.fmean([1.1,2.2,3.3]), st.median([3,1,2]), st.median([4,1,2,3]), st.median([1.5, 2]), st.median_low([1,2,3,4]), st.median_high([1,2,3,4]))
print(st.mode([1,2,2,3]), st.mode('aabbb'), st.multimode('aabbcd'), st.variance([1,2,3,4]), st.variance([1,3]), st.pvariance([1,2,3,4]), st.stdev([1,2,3,4]), st.pstdev([1,2,3,4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([0.1, 0.2, 0.3]), st.stdev([2.3, 4.1, 5.5]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]), st.quantiles([1,2,3,4,5,6,7,8,9,10]), st.quantiles([1,2,3,4,5], n=10, method='inclusive'))
print(st.correlation([1,2,3],[2,4,7]), st.covariance([1,2,3],[2,4,7]), st.linear_regression([1,2,3],[2,4,7]), st.mean([1, 2.5]), st.variance([1, 2, 3], xbar=2), st.median_grouped([1,2,2,3]))
print(st.mean([0.1] * 10), st.pstdev([0.1, 0.2, 0.4, 0.8]), st.variance(range(10)), st.stdev([10**20, 10**20 + 1, 10**20 + 3]), st.fmean([1, 2, 3], weights=[1, 0, 1]))
import random
random.seed(3)
xs = [random.gauss(0, 1) for _ in range(200)]
print(st.mean(xs), st.stdev(xs), st.variance(xs), st.median(xs), st.pstdev(xs), st.quantiles(xs))
for f in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([1]), lambda: st.mean(['a']), lambda: st.pstdev([])]:
  try: f()
  except Exception as e: print(type(e).__name__, type(e).__module__, e)
try:
    st.mean([])
except ValueError as e:
    print('ValueError catches it:', e)
