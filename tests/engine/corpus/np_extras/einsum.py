import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
q = np.linspace(-1, 1, 12).reshape(4, 3)
k = np.linspace(0.5, 2, 15).reshape(5, 3)
print(np.einsum('ij,jk->ik', a, b))
print(np.einsum('ij,jk', a, b))
print(np.einsum('ij,kj->ik', q, k))
x = np.arange(24.0).reshape(2, 3, 4)
y = np.arange(16.0).reshape(2, 4, 2) / 7
print(np.einsum('bij,bjk->bik', x, y))
print(np.einsum('ii', np.arange(9).reshape(3, 3)), np.einsum('ii->i', np.arange(9).reshape(3, 3)))
print(np.einsum('ij->ji', a), np.einsum('ji', a))
print(np.einsum('ij->', a), np.einsum('ij->j', a), np.einsum('ij->i', q))
print(np.einsum('i,i', [1, 2, 3], [4, 5, 6]), np.einsum('i,j->ij', [1, 2], [3.0, 4.0, 5.0]))
print(np.einsum('i,i,i->', [1.0, 2.0], [3.0, 4.0], [5.0, 6.0]))
print(np.einsum('ij,jk,kl->il', a, b, np.ones((4, 2))))
print(np.einsum('ij,ij->i', q, q), np.einsum('ij, ij -> ij', a, a).dtype)
print(np.einsum('i,i', [True, False], [True, True]), np.einsum('ij,j', a, [1.0, 2, 3]))
print(np.einsum('ij,j->i', np.ones((2, 1)), [1, 2, 3]))
print(np.einsum('Ab,bC->AC', a, b).shape, np.einsum('ij->', np.zeros((0, 3))), np.einsum('ij,jk->ik', np.zeros((2, 0)), np.zeros((0, 3))))
print(type(np.einsum('i,i', [1.0], [2.0])).__name__)
for args in [('ij,jk->ik', a, a), ('ij,jk->ik', a), ('ij->ik', a), ('ijk->i', a), ('i->ii', [1, 2]),
             ('ij->ij', a, a), ('ij-ji', a), ('i$', [1]), ('i', np.ones((2, 2)))]:
    try:
        print(np.einsum(*args))
    except Exception as e:
        print(type(e).__name__, e)
