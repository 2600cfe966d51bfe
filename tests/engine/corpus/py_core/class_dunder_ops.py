class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __call__(self, s):
        return self.x * s + self.y

a, b = Vec(1, 2), Vec(3, 5)
print(a + b, a - b, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a == b, a != b)
print(sorted([b, a, Vec(0, 9)]))
print(a(10))
v = Vec(0, 0)
v += a
v += a
print(v)
