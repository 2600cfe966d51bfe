# nanmedian / nanpercentile / nanquantile drop NaNs per lane; all-NaN lanes give nan with a RuntimeWarning
import numpy as np
a = np.array([[1.0, np.nan, 3.0, 4.0], [np.nan, np.nan, np.nan, np.nan], [2.0, 8.0, np.nan, 5.0]])
print(repr(np.nanmedian(a, axis=1)))
print(repr(np.nanpercentile(a, 25, axis=1)))
print(repr(np.nanquantile(a, [0.5, 0.75], axis=1, keepdims=True)))
print(repr(np.nanmedian(a)), repr(np.nanpercentile(a, 90)), repr(np.nanquantile(a, 0.1, method="lower")))
print(repr(np.nanmedian(a, axis=0)))
print(repr(np.nanstd(a, axis=0)), repr(np.nanvar(a, axis=1, ddof=1)))
print(repr(np.nanstd(a[0])), repr(np.nanvar(a[2])))
print(repr(np.nancumsum(a[0])), repr(np.nancumprod(a[2])))
i = np.array([[1, 5, 2], [7, 3, 3]])
print(repr(np.nansum(i)), repr(np.nanmean(i, axis=0)), repr(np.nanmax(i, axis=1, keepdims=True)), repr(np.nanargmin(i, axis=1)))
print(repr(np.nansum(a, axis=1, keepdims=True)), repr(np.nanmax(a, axis=1)), repr(np.nanmean(a, axis=1)))
try:
    np.nanargmax(a, axis=1)
except ValueError as e:
    print("ValueError", e)
print(repr(np.nanargmax(a[0])), repr(np.nanprod(a, axis=0)))
