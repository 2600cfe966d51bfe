# products and numpy.linalg: eigh reads only the UPLO triangle, norm ord=0 counts nonzeros, out= and extra positional arguments are not dropped
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


f = np.array([[1.5, -2.5], [3.25, 0.5]])
m = np.array([[2.0, 100.0], [1.0, 2.0]])
run('eigh default L', lambda: np.linalg.eigh(m)[0])
run('eigh U', lambda: np.linalg.eigh(m, 'U')[0])
run('eigh L kw', lambda: np.linalg.eigh(m, UPLO='L')[0])
run('eigh bad UPLO', lambda: np.linalg.eigh(m, 'X'))
run('eigh nonsquare', lambda: np.linalg.eigh(np.ones((2, 3))))
run('eigh 1d', lambda: np.linalg.eigh(np.ones(3)))
run('norm ord 0', lambda: np.linalg.norm(np.array([3.0, 0.0, -4.0]), 0))
run('norm ord 0 axis', lambda: np.linalg.norm(np.array([[3.0, 0.0], [0.0, 0.0]]), 0, 1))
run('norm ord 0 nan', lambda: np.linalg.norm(np.array([np.nan, 0.0, 1.0]), 0))
run('inv too many', lambda: np.linalg.inv(f, 1))
run('inv kw', lambda: np.linalg.inv(a=np.array([[2.0, 0.0], [0.0, 4.0]])))
run('solve kw', lambda: np.linalg.solve(a=np.eye(2), b=np.array([1.0, 2.0])))
run('det too many', lambda: np.linalg.det(f, 1))
run('outer too many', lambda: np.outer([1, 2], [3, 4], None, 1))
run('outer kw', lambda: np.outer(a=[1, 2], b=[3, 4]))
run('inner too many', lambda: np.inner(f, f, 1))
run('vdot too many', lambda: np.vdot(f, f, 1))
run('matmul too many', lambda: np.matmul(f, f, None, 1))
run('matmul bad kw', lambda: np.matmul(f, f, foo=1))
run('einsum dtype safe', lambda: np.einsum('ij->i', f, dtype=int))
run('einsum dtype unsafe', lambda: np.einsum('ij->i', np.array([[1.0, 2.0]]), dtype=int, casting='unsafe'))
run('einsum dtype widen', lambda: np.einsum('ij->i', np.array([[1, 2]]), dtype=float))
run('einsum optimize False', lambda: np.einsum('ij,jk->ik', f, f, optimize=False))
run('norm bad str ord', lambda: np.linalg.norm(np.array([1.0, 2.0]), 'fro'))
run('norm bad ord msg', lambda: str(np.linalg.norm(np.array([1.0]), 'bad')))
run('norm duplicate axes', lambda: np.linalg.norm(f, axis=(0, 0)))
run('norm duplicate axes neg', lambda: np.linalg.norm(f, axis=(0, -2)))
run('norm axis out of range', lambda: np.linalg.norm(f, axis=(0, 2)))
try:
    np.linalg.norm(np.array([1.0]), 'nuc')
except ValueError as e:
    print(e)
