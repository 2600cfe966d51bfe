# class-private names (__x in a class body) are mangled to _Class__x: attributes, methods, locals, nested classes
def f(**kw): return kw
class A:
    __x = 1
    def __init__(self, __p=2):
        self.__y = __p
        print(f(__k=1), self.__x, A.__x)
        print((lambda: self.__y)(), [self.__y for _ in range(1)])
    def __m(self): return "m"
    def call(self):
        __loc = 5
        return self.__m(), __loc
    class __Inner:
        def g(self): return self.__z
    def __dunder__(self): return 1
print(sorted(k for k in dir(A) if not k.startswith('__')))
a = A()
print(vars(a), a.call())
print(A._A__m.__name__, A._A__m.__qualname__)
try:
    A._A__Inner().g()
except AttributeError as e:
    print(e)
class _:
    __q = 1
print(hasattr(_, '__q'), hasattr(_, '___q'))
class __B:
    __q = 2
print([k for k in dir(__B) if 'q' in k])
class BatchNorm:
    def __init__(self):
        self.__cache = None
    def __forward(self, x):
        self.__cache = x * 2
        return self.__cache
    def forward(self, x):
        return self.__forward(x)
bn = BatchNorm()
print(bn.forward(3), bn._BatchNorm__cache, sorted(vars(bn)))
try:
    bn.__forward(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(bn.__cache)
except AttributeError as e:
    print("AttributeError:", e)
class Child(BatchNorm):
    def peek(self):
        return self.__cache
try:
    Child().peek()
except AttributeError as e:
    print("AttributeError:", e)
