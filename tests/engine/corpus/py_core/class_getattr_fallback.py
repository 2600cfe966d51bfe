# __getattr__ as a fallback (config objects, wrappers delegating to an ndarray) with getattr/hasattr defaults.
class Config:
    def __init__(self, **kw):
        self._d = kw
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no config {name!r}") from None
c = Config(lr=0.1, epochs=3)
print(c.lr, c.epochs, getattr(c, "batch", 32), hasattr(c, "lr"), hasattr(c, "nope"))
c.lr = 5
print(c.lr, c._d["lr"])
try:
    c.momentum
except AttributeError as e:
    print(e)
class Wrapper:
    def __init__(self, obj):
        self.obj = obj
    def __getattr__(self, name):
        return getattr(self.obj, name)
import numpy as np
w = Wrapper(np.arange(6).reshape(2, 3))
print(w.shape, w.sum(), w.T.shape)
class Plain:
    x = 1
p = Plain()
try:
    p.y
except AttributeError as e:
    print(e)
print(getattr(p, "y", None), getattr(p, "x"))
c.momentum
