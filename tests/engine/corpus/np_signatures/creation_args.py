# np.array/zeros/ones/full/*_like/arange/linspace/eye/identity: each parameter by position and by keyword, order=, shape=, and calls NumPy rejects
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
run('array ndmin', lambda: np.array([1, 2], ndmin=3))
run('array dtype pos', lambda: np.array([1, 2], float))
run('array copy pos', lambda: np.array([1, 2], None, False))
run('array bad kw', lambda: np.array([1, 2], foo=1))
run('asarray dtype', lambda: np.asarray([1, 2], float))
run('zeros pos', lambda: np.zeros((2, 2), int))
run('zeros F', lambda: np.zeros((2, 3), int, 'F').flags['F_CONTIGUOUS'])
run('zeros C', lambda: np.zeros((2, 3), order='C').flags['F_CONTIGUOUS'])
run('zeros too many', lambda: np.zeros((2, 2), int, 'C', None, 1))
run('ones F strides', lambda: np.ones((2, 3), order='F').strides)
run('full pos', lambda: np.full((2,), 7, float))
run('full order', lambda: np.full((2, 2), 1, None, 'F').flags['F_CONTIGUOUS'])
run('full too many', lambda: np.full(2, 1, None, 'C', 3))
run('eye F', lambda: np.eye(2, 3, 1, int, 'F'))
run('eye F flags', lambda: np.eye(2, 3, order='F').flags['F_CONTIGUOUS'])
run('eye too many', lambda: np.eye(2, 2, 0, float, 'C', 5))
run('zeros_like shape pos', lambda: np.zeros_like(a, None, 'K', True, (2, 2)))
run('zeros_like shape kw', lambda: np.zeros_like(a, shape=4))
run('ones_like shape dtype', lambda: np.ones_like(a, float, shape=(3,)))
run('empty_like shape', lambda: np.empty_like(a, shape=(0, 2)).shape)
run('full_like shape', lambda: np.full_like(a, 7, None, 'K', True, (2,)))
run('full_like kw', lambda: np.full_like(a, fill_value=2.5, dtype=float, shape=(1, 2)))
run('like too many', lambda: np.zeros_like(a, None, 'K', True, None, 1))
run('arange stop kw', lambda: np.arange(stop=4))
run('arange kw', lambda: np.arange(start=1, stop=7, step=2))
run('arange dtype pos', lambda: np.arange(0, 3, 1, float))
run('arange too many', lambda: np.arange(0, 5, 1, float, 3))
run('linspace retstep', lambda: np.linspace(0, 1, 5, True, True))
run('linspace axis0', lambda: np.linspace(0, 2, 3, axis=0))
run('linspace dtype', lambda: np.linspace(0, 10, 6, True, False, int))
run('identity', lambda: np.identity(3, int))
run('identity too many', lambda: np.identity(2, int, 3))
run('ascontiguousarray dtype', lambda: np.ascontiguousarray([1, 2], float))
t = np.arange(6).reshape(2, 3).T
run('array order F', lambda: np.array(a, order='F').flags['F_CONTIGUOUS'])
run('array keeps F', lambda: np.array(t).flags['F_CONTIGUOUS'])
run('array order C', lambda: np.array(t, order='C').flags['C_CONTIGUOUS'])
run('asarray order F', lambda: np.asarray(a, order='F').flags['F_CONTIGUOUS'])
run('zeros_like F proto', lambda: np.zeros_like(t).flags['F_CONTIGUOUS'])
run('zeros_like F proto C', lambda: np.zeros_like(t, order='C').flags['F_CONTIGUOUS'])
run('zeros_like shape K', lambda: np.zeros_like(t, shape=(3, 2)).flags['F_CONTIGUOUS'])
run('astype order F', lambda: a.astype(float, order='F').flags['F_CONTIGUOUS'])
run('astype keeps F', lambda: t.astype(float).flags['F_CONTIGUOUS'])
run('astype order C', lambda: t.astype(float, 'C').flags['C_CONTIGUOUS'])
run('astype bad order', lambda: a.astype(float, 'X'))
run('zeros bad order', lambda: np.zeros(2, order='X'))
