# ndarray methods and ufuncs: extra positional arguments raise instead of being dropped; astype's positional casting; array_equal(equal_nan)
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


a = np.arange(6).reshape(2, 3)
f = np.array([[1.5, -2.5], [3.25, 0.5]])
run('tolist arg', lambda: a.tolist(1))
run('nonzero arg', lambda: a.nonzero(1))
run('fill too many', lambda: a.copy().fill(7, 1))
run('fill none', lambda: a.copy().fill())
run('flatten too many', lambda: a.flatten('C', 1))
run('flatten kw', lambda: a.flatten(order='F'))
run('ravel too many', lambda: a.ravel('C', 1))
run('squeeze too many', lambda: np.zeros((1, 2)).squeeze(0, 1))
run('squeeze kw', lambda: np.zeros((1, 2)).squeeze(axis=0))
run('astype pos casting', lambda: f.astype(int, 'K', 'safe'))
run('astype pos unsafe', lambda: f.astype(int, 'C', 'unsafe'))
run('astype too many', lambda: f.astype(int, 'K', 'unsafe', True, True, 1))
run('astype copy pos', lambda: a.astype(int, 'K', 'unsafe', True, False) is a)
run('round too many', lambda: f.round(0, None, 1))
run('round out', lambda: f.round(0, np.zeros((2, 2))))
run('repeat too many', lambda: a.repeat(2, 0, 1))
run('array_equal nan', lambda: np.array_equal([1, np.nan], [1, np.nan], True))
run('array_equal nan kw', lambda: np.array_equal([1, np.nan], [1, np.nan], equal_nan=True))
run('array_equal default', lambda: np.array_equal([1, np.nan], [1, np.nan]))
run('array_equal too many', lambda: np.array_equal([1], [1], False, 1))
run('maximum too many', lambda: np.maximum(f, 0, None, 1))
run('logical_xor too many', lambda: np.logical_xor(True, False, None, 1))
run('negative too many', lambda: np.negative(f, None, 1))
run('fmax too many', lambda: np.fmax(f, 0, np.zeros((2, 2))))
run('isposinf out', lambda: np.isposinf(np.array([np.inf]), np.zeros(1, bool)))
run('nonzero fn too many', lambda: np.nonzero(a, 1))
run('swapaxes too many', lambda: a.swapaxes(0, 1, 2))
run('swapaxes one', lambda: a.swapaxes(0))
run('np.copy F', lambda: np.copy(a, 'F').flags['F_CONTIGUOUS'])
run('np.copy order kw', lambda: np.copy(a, order='C').flags['F_CONTIGUOUS'])
run('np.copy too many', lambda: np.copy(a, 'C', False, 1))
run('np.copy list', lambda: np.copy([1, 2]))
