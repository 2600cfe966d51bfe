# invalid quantile arguments raise like NumPy
import numpy as np
a = np.arange(10.0)
for call in [lambda: np.percentile(a, 101), lambda: np.quantile(a, -0.5), lambda: np.quantile(a, 0.5, method="bogus"),
             lambda: np.median(a, axis=2), lambda: np.percentile(a, 50, interpolation="linear")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
