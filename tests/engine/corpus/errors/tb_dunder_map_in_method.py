# corpus: traceback
class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __add__(self, other):
        return Vec(list(map(float.__add__, self.xs, other.xs)))


a = Vec([1.0, 2.0])
print((a + a).xs)
b = Vec([1, 2])
print((a + b).xs)
print((b + a).xs)
