class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe():
        return "temperature"
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temp(100)
print(t.c, t.f)
t.c = 37
print(t.c, t.f)
print(Temp.describe(), t.describe())
z = Temp.freezing()
print(type(z).__name__, z.f)
