import numpy as np
print(np.s_.maketuple, np.index_exp.maketuple)
print(np.s_[:, None], np.s_[::-1], np.index_exp[2], np.s_[2], np.s_['a'], np.s_[[1,2]], np.index_exp[[1,2]])
print(np.s_[1:3, ..., np.newaxis], np.index_exp[1:3, 0], np.s_[()], np.index_exp[()], np.index_exp[...])
print(type(np.s_).__name__, type(np.s_).__module__, type(np.s_) is type(np.index_exp))
try: np.s_(3)
except Exception as e: print(type(e).__name__, e)
try: np.s_[1] = 2
except Exception as e: print(type(e).__name__, e)
a=np.arange(10)
print(a[np.s_[2:8:2]], a[np.index_exp[::3]])
b = np.arange(12).reshape(3, 4)
sl = np.s_[1:, ::2]
print(b[sl], b[np.index_exp[-1]])
rows = [np.s_[i:i + 2] for i in range(0, 4, 2)]
print(rows, [a[r].tolist() for r in rows])
print(np.s_[1:2].indices(10))
np.s_[0]
