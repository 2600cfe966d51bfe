# The C3 method resolution order: diamonds, cooperative super(), and the bases CPython refuses.
class A:
    def m(self):
        return "A"


class B(A):
    pass


class C(A):
    def m(self):
        return "C"


class D(B, C):
    pass


print(D().m(), [k.__name__ for k in D.__mro__])


class Base:
    def __init__(self):
        self.log = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")


class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")


print(Both().log, [k.__name__ for k in Both.mro()])


class Mixin:
    def describe(self):
        return "mixin:" + super().describe()


class Layer:
    def describe(self):
        return "layer"


class Dense(Mixin, Layer):
    pass


print(Dense().describe())


class E(ValueError, KeyError):
    pass


print([k.__name__ for k in E.__mro__])

T = type("T", (Left, Right), {})
print([k.__name__ for k in T.__mro__])

for bases in [(A, D), (A, A)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)


class X:
    pass


class Y(X):
    pass


class Z(X, Y):
    pass
