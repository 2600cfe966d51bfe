import numpy as np

class Variable:
    def __init__(self, data, name=None):
        if data is not None and not isinstance(data, np.ndarray):
            raise TypeError(f"{type(data)} is not supported")
        self.data = data
        self.name = name
        self.grad = None
    @property
    def shape(self):
        return self.data.shape
    @property
    def ndim(self):
        return self.data.ndim
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        if self.data is None:
            return "variable(None)"
        p = str(self.data).replace("\n", "\n" + " " * 9)
        return "variable(" + p + ")"
    def __add__(self, other):
        other = other.data if isinstance(other, Variable) else other
        return Variable(np.asarray(self.data + other))
    __radd__ = __add__
    def __mul__(self, other):
        other = other.data if isinstance(other, Variable) else other
        return Variable(np.asarray(self.data * other))
    def __rmul__(self, other):
        return self * other
    def __neg__(self):
        return Variable(-self.data)
    def __eq__(self, other):
        return isinstance(other, Variable) and np.array_equal(self.data, other.data)
    def __getitem__(self, idx):
        return Variable(np.asarray(self.data[idx]))
    def __iter__(self):
        return (Variable(np.asarray(r)) for r in self.data)
    def __bool__(self):
        return self.data is not None
    @property
    def T(self):
        return Variable(self.data.T)

x = Variable(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
print(x)
print(x.shape, x.ndim, len(x), x.T.shape)
print(x + 1, 2 * x, -x, sep="\n")
print(x * x + x)
print(3.0 + x)
print(x[1], x[:, 0])
print([v for v in x])
print(x == Variable(x.data.copy()), x == 3, x != x)
print(bool(Variable(None)), Variable(None))
try:
    Variable(1.0)
except TypeError as e:
    print(e)
try:
    x.shape = (3, 2)
except AttributeError as e:
    print("AttributeError", e)
y = Variable(np.array(2.0))
print(y, y * np.array([1, 2]), repr(y.data))
print(sorted([Variable(np.array(3)), Variable(np.array(1))], key=lambda v: float(v.data)))
