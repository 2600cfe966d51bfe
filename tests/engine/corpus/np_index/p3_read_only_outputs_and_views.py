import numpy as np
r = np.arange(4.0); r.flags.writeable = False
b = np.broadcast_to(np.arange(3), (2, 3))
cases = {"iadd": lambda: r.__iadd__(1), "add out": lambda: np.add(r, 1, out=r), "mul out": lambda: np.multiply(r, 2, out=r),
         "exp out": lambda: np.exp(r, out=r), "clip out": lambda: np.clip(r, 0, 1, out=r), "copyto": lambda: np.copyto(r, 0),
         "fill": lambda: r.fill(0), "sort": lambda: r.sort(), "add.at": lambda: np.add.at(r, [0], 1),
         "maximum out": lambda: np.maximum(r, 0, out=r), "setitem": lambda: r.__setitem__(slice(None), 0), "negative": lambda: np.negative(r, r),
         "bcast iadd": lambda: b.__iadd__(1), "bcast setitem": lambda: b.__setitem__((0, 0), 5), "bcast mul out": lambda: np.multiply(b, 2, out=b),
         "isub view": lambda: r[1:].__isub__(1), "imul int": lambda: np.arange(3).__imul__(2), "ipow": lambda: r.__ipow__(2), "itruediv": lambda: r.__itruediv__(2),
         "round out": lambda: np.round(r, out=r), "sort axis": lambda: r.sort(axis=5)}
for name, f in cases.items():
    try:
        f()
        print(name, "ok", r, b[0])
    except Exception as e:
        print(name, type(e).__name__, e)
r2 = np.arange(6.0).reshape(2, 3); r2.flags.writeable = False
for name, f in {"T": lambda: r2.T, "reshape": lambda: r2.reshape(3, 2), "row": lambda: r2[0], "slice": lambda: r2[:, 1:], "ravel": lambda: r2.ravel(),
                "copy": lambda: r2.copy(), "fancy": lambda: r2[[0]], "mask": lambda: r2[r2 > 2], "astype": lambda: r2.astype(int), "asarray": lambda: np.asarray(r2),
                "newaxis": lambda: r2[None], "flatten": lambda: r2.flatten(), "swap": lambda: r2.swapaxes(0, 1), "squeeze": lambda: r2[:1].squeeze(),
                "bcast": lambda: np.broadcast_to(np.ones(3), (2, 3))[0], "view": lambda: r2.view()}.items():
    v = f()
    print(name, v.flags.writeable, end="; ")
print()
