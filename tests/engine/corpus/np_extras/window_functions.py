import numpy as np
for w in [np.hanning, np.hamming, np.blackman, np.bartlett]:
    print(w.__name__, repr(w(0)), repr(w(1)), repr(w(-2)), repr(w(2)), repr(w(5)), repr(w(8)), w(12).dtype, w(3.5), w(np.float32(6)).dtype, w(True))
    print(w(51)[::10], w(51).sum(), w(100).max(), w(100).argmax())
print([v.hex() for v in np.bartlett(13).tolist()], [v.hex() for v in np.bartlett(20)[5:9].tolist()])
print(repr(np.kaiser(12, 14)), repr(np.kaiser(1, 5)), repr(np.kaiser(0, 5)), repr(np.kaiser(-3, 5)), repr(np.kaiser(5, 0)), repr(np.kaiser(4, -3.5)), np.kaiser(7, 8.6).sum())
print(repr(np.kaiser(2.5, 4)), repr(np.kaiser(6, np.float32(2))), np.kaiser(20, 50)[::4], np.kaiser(9, 700))
print(repr(np.i0(0)), repr(np.i0(1.0)), repr(np.i0(-8.0)), repr(np.i0(8.0000001)), repr(np.i0(np.float32(1))), repr(np.i0([1, 2])), repr(np.i0(np.array(3))), repr(np.i0([])), repr(np.i0(np.arange(-3, 4))))
print(repr(np.i0(np.array([[0.5, 9.0], [20.0, 30.0]]))), repr(np.i0(np.linspace(-12, 12, 7, dtype=np.float32))), repr(np.i0(np.float16([3, 9]))), repr(np.i0([True, False])))
print(np.i0([700.0, 710.0, np.inf, -np.inf, np.nan, 1e-300]))
signal = np.sin(np.linspace(0, 20, 64))
print(np.round(np.abs(np.sum(signal * np.hanning(64))), 10), np.round(np.convolve(signal, np.hamming(5) / np.hamming(5).sum(), mode='valid')[:4], 10))
for f in [lambda: np.hanning('a'), lambda: np.hamming([3]), lambda: np.blackman(None), lambda: np.kaiser(3), lambda: np.kaiser('a', 1), lambda: np.i0('a'), lambda: np.hanning(3, 4), lambda: np.hanning(M=4), lambda: np.bartlett(m=4), lambda: np.i0(), lambda: np.i0(x=[1.0]), lambda: np.kaiser(4, beta=[1, 2])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
