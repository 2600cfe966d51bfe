# quantile/percentile honour axis, keepdims and every method, on ints, float32 and float64
import numpy as np
rng = np.random.default_rng(3)
a = rng.normal(size=(4, 7)).round(3)
b = np.arange(24).reshape(2, 3, 4) % 7
methods = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
           "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]
for m in methods:
    print(m)
    print(repr(np.quantile(a, 0.3, method=m)))
    print(repr(np.quantile(a, [0.0, 0.25, 0.5, 0.9, 1.0], axis=1, method=m)))
    print(repr(np.percentile(b, 40, axis=(0, 2), method=m)))
    print(repr(np.percentile(b, [10, 75], axis=-1, keepdims=True, method=m)))
print(repr(np.percentile(a, 50, axis=0)))
print(repr(np.percentile(a, 50, axis=1, keepdims=True)))
print(repr(np.quantile(b, 0.5, axis=None, keepdims=True)))
print(repr(np.quantile([1, 2, 3], 0)), repr(np.quantile([1, 2, 3], [0, 1])))
f = np.array([[1.5, 2.25, 3.0], [4.0, 0.5, 7.25]], dtype=np.float32)
print(repr(np.quantile(f, 0.35, axis=1)), repr(np.quantile(f, np.array([0.35]), axis=1)))
print(repr(np.percentile(f, 33)))
print(repr(np.percentile(np.array([1.0, np.nan, 3.0]), 50)))
print(repr(np.percentile(np.array([[1.0, np.nan, 3.0], [1.0, 2.0, 3.0]]), 50, axis=1)))
print(repr(np.percentile(np.arange(10), 33.3)))
x = np.arange(1, 101) ** 1.5
print(repr(np.percentile(x, [1, 5, 33, 66.6, 99.9])))
