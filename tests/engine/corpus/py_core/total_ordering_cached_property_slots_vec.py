from functools import total_ordering, cached_property
import numpy as np

@total_ordering
class Checkpoint:
    def __init__(self, epoch, loss):
        self.epoch, self.loss = epoch, loss
    def __eq__(self, other):
        if not isinstance(other, Checkpoint):
            return NotImplemented
        return self.loss == other.loss
    def __lt__(self, other):
        return self.loss < other.loss
    def __hash__(self):
        return hash(round(self.loss, 6))
    def __repr__(self):
        return f"Checkpoint(epoch={self.epoch}, loss={self.loss:.3f})"

cks = [Checkpoint(i, l) for i, l in enumerate([0.9, 0.4, 0.6, 0.4])]
print(sorted(cks), min(cks), max(cks))
print(cks[1] == cks[3], cks[1] <= cks[2], cks[2] > cks[0], cks[0] >= cks[0], cks[0] != cks[1])
print(len(set(cks)), cks[0] == 0.9, cks.index(Checkpoint(9, 0.6)))
print(sorted(cks, key=lambda c: (c.loss, -c.epoch)))

class Stats:
    def __init__(self, data):
        self.data = np.asarray(data, dtype=float)
    @cached_property
    def mean(self):
        print("computing mean")
        return self.data.mean()
s = Stats([1, 2, 3])
print(s.mean, s.mean)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return "Vec({!r}, {!r})".format(self.x, self.y)
v = Vec(3, 4)
print(v + v, 2 * v, v * 0.5, abs(v), list(v), tuple(v), dict(zip("xy", v)))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Vec(np.float64(1.5), np.int64(2)), abs(Vec(np.float32(3), np.float32(4))))
