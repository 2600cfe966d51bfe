# X | Y of types (types.UnionType): annotations, repr, isinstance/issubclass, equality, __args__
def f(x: int | None = None) -> list[int] | None:
    return x
print(f(3))
U = int | str
print(U, int | None, None | int, int | int, int | str | float, (int | str) | (str | None))
print(isinstance(3, U), isinstance(3.0, U), isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, U))
print(U == (str | int), U.__args__, type(U))
class A: pass
print(A | None)
try: int | 3
except TypeError as e: print(e)
print(hash(int | str) == hash(str | int))
