# dtype= of reductions and einsum: a float array summed/multiplied/accumulated into an integer dtype is cast first (truncated), as NumPy does
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


a = np.array([[100, 50, 30], [7, -8, 9]])
f = np.array([[1.5, -2.5, 0.25], [3.25, 0.5, 8.0]])
run('sum int8', lambda: np.sum(a, dtype=np.int8))
run('sum int8 axis', lambda: np.sum(a, 1, dtype=np.int8))
run('sum uint8', lambda: np.sum(a, 0, dtype=np.uint8))
run('sum float int', lambda: np.sum(f, dtype=int))
run('sum float int axis', lambda: np.sum(f, 1, dtype=int))
run('m sum float int', lambda: f.sum(0, int))
run('prod int8', lambda: np.prod(a, 0, dtype=np.int8))
run('prod float int', lambda: np.prod(f, dtype=int))
run('prod float int axis', lambda: np.prod(f, 1, dtype=int))
run('cumsum int8', lambda: np.cumsum(a, 1, dtype=np.int8))
run('cumsum float int', lambda: np.cumsum(f, dtype=int))
run('cumprod float int', lambda: np.cumprod(f, 1, dtype=int))
run('m cumsum float int', lambda: f.cumsum(0, int))
run('mean float int', lambda: np.mean(f, dtype=int))
run('mean float int axis', lambda: np.mean(f, 0, dtype=int))
run('nansum int dtype', lambda: np.nansum(f, dtype=int))
run('nanprod int dtype', lambda: np.nanprod(f, dtype=int))
run('nanmean int dtype', lambda: np.nanmean(f, dtype=int))
run('add.reduce dtype int', lambda: np.add.reduce(f, dtype=int))
run('add.accumulate dtype int', lambda: np.add.accumulate(f, 1, dtype=int))
run('einsum dtype int unsafe', lambda: np.einsum('ij->i', f, dtype=int, casting='unsafe'))
run('einsum dtype float', lambda: np.einsum('ij->', a, dtype=float))
