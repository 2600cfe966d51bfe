# Class keywords: abc.ABCMeta, __init_subclass__ with keywords (a registry of layers), and the errors CPython raises.
from abc import ABC, ABCMeta, abstractmethod


class Optimizer(metaclass=ABCMeta):
    @abstractmethod
    def update(self, params, grads): ...


class SGD(Optimizer):
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        return [p - self.lr * g for p, g in zip(params, grads)]


print(type(Optimizer).__name__, type(SGD).__name__, SGD(0.5).update([1.0], [2.0]))
for cls in (Optimizer,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Loss(ABC):
    @abstractmethod
    def forward(self, x): ...

    @abstractmethod
    def backward(self): ...


class Half(Loss):
    def forward(self, x):
        return x / 2


print(type(Loss).__name__, isinstance(Loss, ABCMeta))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

REGISTRY = {}


class Layer:
    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        REGISTRY[cls.kind] = cls


class Affine(Layer, kind="affine"):
    pass


class Relu(Layer):
    pass


class LeakyRelu(Relu, kind="leaky"):
    pass


print(sorted(REGISTRY), Relu.kind, LeakyRelu.kind, REGISTRY["affine"] is Affine)
try:

    class Bad(Layer, kind="bad", extra=1):
        pass

except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:

    class Sub(Plain, size=3):
        pass

except TypeError as e:
    print("TypeError:", e)


class Typed(metaclass=type):
    pass


print(type(Typed).__name__)

# abstract methods are found when the class is made (ABCMeta's __abstractmethods__): assigning one later does not
# make the class instantiable; ABC itself is a plain class
Loss.backward = lambda self: None
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(type(Loss).__name__, type(ABC()).__name__)
try:
    ABC(1)
except TypeError as e:
    print("TypeError:", e)
Made = type("Made", (Loss,), {"forward": lambda self, x: x, "backward": lambda self: 0})
print(Made().forward(3), type(Made).__name__)
