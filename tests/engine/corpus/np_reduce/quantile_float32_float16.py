# quantile/percentile of float32 and float16 arrays: b - a is a float32/float16 operation; with a Python scalar q the
# whole lerp stays in the array's dtype, with an array q the rest is float64
import numpy as np
rng = np.random.RandomState(3)
x32 = (rng.randn(7) * 123.4).astype(np.float32)
x16 = (rng.randn(2, 5) * 9).astype(np.float16)
print(repr(np.quantile(x32, [0.1, 0.33, 0.5, 0.9]).tolist()))
print(repr(np.percentile(x32, [12.5, 77.7]).tolist()), repr(np.quantile(x32, 0.33)), repr(np.quantile(x32, np.float64(0.33))))
for m in ['linear', 'hazen', 'weibull', 'median_unbiased', 'normal_unbiased', 'midpoint', 'averaged_inverted_cdf', 'interpolated_inverted_cdf', 'lower', 'nearest']:
    print(m, repr(np.quantile(x16, 0.37, method=m)), repr(np.quantile(x16, 0.37, axis=1, method=m)), repr(np.percentile(x16, [5, 95], axis=0, method=m)))
print(repr(np.nanquantile(np.array([1.5, np.nan, 3.25, 8.0], np.float16), 0.4)), repr(np.nanpercentile(np.array([1.5, np.nan, 3.25], np.float16), 40)))
print(repr(np.percentile(x16, 50)), repr(np.quantile(x16, np.float64(0.5))), repr(np.quantile(x16, 1)), repr(np.median(x16, axis=0)))
