import numpy as np
class Parameter:
    def __init__(self, data, name):
        self._data = np.asarray(data, dtype=float)
        self.name = name
        self.grad = np.zeros_like(self._data)
    @property
    def data(self):
        return self._data
    @data.setter
    def data(self, value):
        value = np.asarray(value, dtype=float)
        if value.shape != self._data.shape:
            raise ValueError(f"{self.name}: shape {value.shape} != {self._data.shape}")
        self._data = value
    @data.deleter
    def data(self):
        print("deleting", self.name)
        self._data = None
    def __str__(self):
        return f"Parameter {self.name}: {self._data}"
    def __len__(self):
        return self._data.size
    def __contains__(self, v):
        return v in self._data
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, v):
        self._data[i] = v
    def __call__(self, x):
        return x * self._data
p = Parameter([1, 2, 3], "w")
print(p, len(p), 2 in p, 5 in p, p[1], p[-1], p[::2])
p[0] = 10
p.data = [4, 5, 6]
print(p.data, p(2), p(np.array([1, 0, 1])))
try:
    p.data = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del p.data
print(p.data is None)
print(type(Parameter.data).__name__, Parameter.data.fget.__name__, callable(p), hasattr(p, "grad"))
class Counter:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, start=0):
        self.v = start
    def __iadd__(self, n):
        self.v += n
        return self
    def __bool__(self):
        return self.v != 0
    def __int__(self):
        return self.v
    def __index__(self):
        return self.v
c = Counter()
c += 3
print(c.v, bool(c), bool(Counter()), Counter.instances, int(c), [10, 20, 30, 40][c], bin(c), hex(c))
