import numpy as np

a = np.arange(12.0)
m = a.reshape(3, 4)
pairs = {"halves": (a[:6], a[6:]), "overlap": (a[:7], a[6:]), "even/odd": (a[::2], a[1::2]), "even/3rd": (a[::2], a[::3]),
         "rev": (a[::-1], a[:1]), "rows": (m[0], m[1]), "col/row": (m[:, 0], m[0]), "col1/row0": (m[:, 1], m[0, 2:]),
         "T": (m.T, m), "copy": (a, a.copy()), "empty": (a[:0], a), "self": (a, a), "bcast": (np.broadcast_to(a[:1], (3,)), a[1:])}
for name, (x, y) in pairs.items():
    print(f"{name:>10}: may={np.may_share_memory(x, y)!s:<5} exact={np.shares_memory(x, y)}")
print(np.shares_memory(a, [1, 2]), np.may_share_memory(a, 3.0))
