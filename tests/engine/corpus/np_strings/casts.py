import numpy as np
print(repr(np.array([1.5, 2]).astype(str)), repr(np.array([1, 2]).astype(str)), repr(np.array([True, False]).astype(str)))
print(repr(np.array([0.1, 1e20, -0.0, 1e-5, np.nan, np.inf, 123456789.0]).astype(str)))
print(repr(np.array([[1, 2], [3, 4]]).astype(str)), repr(np.arange(3).astype('U1')), repr(np.array([1.25]).astype('U3')))
print(repr(np.array(['1.5', '2', ' 3 ', '1e3', '-inf', 'nan']).astype(float)), repr(np.array(['1', '-2', ' 12 ']).astype(int)))
print(repr(np.array(['7', '8']).astype(np.int32)), repr(np.array(['1', '', 'x']).astype(bool)), repr(np.array(['2.5']).astype(np.float32)))
print(repr(np.array(['a', 'bc']).astype('U1')), repr(np.array(['a', 'bc']).astype(object)), repr(np.array(['a', 'bc']).astype(str)))
print(repr(np.array([1, 'ab'], dtype=object).astype(str)), repr(np.array(['1.5', 2], dtype=float)), repr(np.array(['3'], dtype=int)))
print(np.array(['1.5', '2.5']).astype(float).sum(), np.array(['1', '2']).astype(int) * 2)
for t in [
    lambda: np.array(['x']).astype(float),
    lambda: np.array(['1.5']).astype(int),
    lambda: np.array(['x', '1']).astype(int),
    lambda: np.array(['']).astype(float),
    lambda: np.array(['300']).astype(np.uint8),
    lambda: np.array(['x'], dtype=float),
    lambda: np.array(['1.5'], dtype=int),
]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
