import numpy as np
a = np.array(['1.5', 'x'])
for f in [lambda: np.float64(a[0]), lambda: np.float64(a[1]), lambda: a[0].astype(float), lambda: a[1].astype(int), lambda: np.int64(np.str_('7')), lambda: np.float64(2.5).astype(str)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
