# reductions: keyword-only parameters (keepdims of argmax, where of mean/std/all) refuse positions; std/var correction=; np.average(axis, weights, returned, keepdims)
import numpy as np


def run(label, f):
    try:
        r = f()
        if isinstance(r, np.ndarray):
            print(label, repr(r), r.dtype, r.shape)
        else:
            print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__)


a = np.arange(12).reshape(3, 4)
b = np.array([[3, 1, 2], [9, 7, 8]])
f = np.array([[1.5, -2.5], [3.25, 0.5]])
run('argmax kd kw', lambda: np.argmax(b, 1, keepdims=True))
run('argmax kd pos', lambda: np.argmax(b, 1, None, True))
run('argmin kd pos', lambda: np.argmin(b, 1, None, True))
run('m argmax kd pos', lambda: b.argmax(0, None, True))
run('m argmax kd kw', lambda: b.argmax(0, keepdims=True))
run('mean 5 pos', lambda: np.mean(a, 0, None, None, False, True))
run('all 4 pos', lambda: np.all(a, 0, None, False, True))
run('std 6 pos', lambda: np.std(f, 0, None, None, 0, False, True))
run('std ddof pos', lambda: np.std(f, 0, None, None, 1))
run('var correction', lambda: np.var(f, correction=1))
run('var correction axis', lambda: np.var(f, 0, correction=1))
run('std ddof and correction', lambda: np.std(f, ddof=1, correction=1))
run('m var correction', lambda: f.var(correction=1))
run('sum initial pos', lambda: np.sum(a, 0, None, None, False, 5))
run('max initial pos', lambda: np.max(a, 1, None, False, 100))
run('average axis', lambda: np.average(b, 1))
run('average weights 1d', lambda: np.average(b, 1, [1, 2, 1]))
run('average weights axis0', lambda: np.average(b, 0, [1, 3]))
run('average returned', lambda: np.average(b, 1, [1, 2, 1], True))
run('average returned kw', lambda: np.average(b, returned=True))
run('average returned axis', lambda: np.average(b, 0, returned=True))
run('average kd', lambda: np.average(b, 0, keepdims=True))
run('average kd weights', lambda: np.average(b, 1, [1, 2, 1], True, keepdims=True))
run('average full weights', lambda: np.average(b, weights=np.ones((2, 3))))
run('average tuple axis', lambda: np.average(b, (0, 1), np.ones((2, 3))))
run('average no axis', lambda: np.average(b, None, [1, 2, 1]))
run('average bad shape', lambda: np.average(b, 0, [1, 2, 1]))
run('average zero', lambda: np.average(b, 1, [1, -1, 0]))
run('average float32', lambda: np.average(b.astype(np.float32), 0, [1, 1]))
run('average too many', lambda: np.average(b, 0, None, False, True))
