# __qualname__ of nested functions, lambdas, comprehensions and generators (Class.method.<locals>.name)
def f():
    return [lambda: 0 for _ in range(1)][0], (x for x in [1])
print(f()[0].__qualname__, f()[1].__qualname__)
class A:
    def m(self):
        def inner(): pass
        class L: pass
        return inner, L, (y for y in [])
    class B:
        def n(self): return lambda: 1
    k = [lambda: 2 for _ in [1]][0]
i, L, g = A().m()
print(i.__qualname__, L.__qualname__, L, g.__qualname__, A.B.n.__qualname__, A.B().n().__qualname__, A.k.__qualname__)
def outer():
    global gfun
    def gfun(): pass
    return gfun
print(outer().__qualname__)
def plain(): pass
class C:
    p = plain
print(C.p.__qualname__, C.__qualname__, C.B.__qualname__ if hasattr(C, 'B') else A.B.__qualname__)
print((lambda: 0).__qualname__, [x for x in (lambda: [1])()])
