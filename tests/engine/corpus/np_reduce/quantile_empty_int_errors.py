import numpy as np
a = np.array([], dtype=np.int64)
for m in ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]:
    out = []
    for q in [0, 50, 100, [30, 70]]:
        for arr in [a, np.array([], dtype=np.float32)]:
            try:
                out.append(repr(np.percentile(arr, q, method=m)))
            except Exception as e:
                out.append(f"{type(e).__name__}: {e}")
    print(m, out)
try:
    print(np.quantile(np.zeros((3, 0), dtype=np.int32), 0.5, axis=1))
except Exception as e:
    print(type(e).__name__, e)

print(np.where(np.eye(2) < 0))
try:
    print(np.percentile(np.where(np.eye(2) < 0), 50))
except Exception as e:
    print(type(e).__name__, e)
