# corpus: traceback
import numpy as np
x = np.array([3.0, np.nan, 1.0, 2.0])
print(np.max(x), np.nanmax(x), np.argmax(x), np.nanargmax(x), np.sort(x), np.argsort(x))
print(np.maximum(x, 2), np.fmax(x, 2), np.minimum(np.nan, 1), np.clip(x, 1.5, 2.5))
print(x == np.nan, np.isnan(x).sum(), np.nansum(x), np.nanstd(x), np.nan_to_num(x, nan=-1))
print(np.unique(np.array([2.0, np.nan, 2.0, np.nan])), np.mean(x), np.median(x), np.nanmedian(x))
print(np.array([np.nan, 1.0]).astype(int) if False else "", x[~np.isnan(x)].mean())
try:
    int(np.nan)
except ValueError as e:
    print("ValueError:", e)
print(np.array([1.5, np.inf]).astype(np.int64)[0], np.float64("nan") != np.float64("nan"))
print(np.where(np.isnan(x), 0, x), np.percentile(np.array([1.0, 2.0, 3.0, 4.0]), [10, 50, 90]))
print(np.round(np.array([0.5, 1.5, 2.5, -0.5, 2.675]), 0), np.round(2.675, 2), np.around(-1.5))
print(np.array([np.inf, -np.inf, np.nan]) * 0)
