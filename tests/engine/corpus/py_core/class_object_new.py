# A class's own __new__: object.__new__(cls) and super().__new__(cls) (singletons, caching constructors),
# and object.__new__'s argument errors.
from abc import ABC, abstractmethod


class Singleton:
    _inst = None

    def __new__(cls, *args, **kwargs):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, v):
        self.v = v


a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)


class Traced:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return object.__new__(cls)

    def __init__(self, x):
        self.x = x


class SubTraced(Traced):
    pass


print(Traced(3).x, type(SubTraced(4)).__name__)


class Plain:
    pass


print(type(Plain.__new__(Plain)).__name__, type(object.__new__(Plain)).__name__)


class PassesArgs:
    def __new__(cls, x):
        return super().__new__(cls, x)


for make in [lambda: PassesArgs(1), lambda: object.__new__(Plain, 1), lambda: object.__new__(int), lambda: object.__new__(3)]:
    try:
        make()
    except TypeError as e:
        print(e)


class Base(ABC):
    @abstractmethod
    def step(self):
        pass


try:
    object.__new__(Base)
except TypeError as e:
    print(e)
print(sorted(Base.__abstractmethods__))
