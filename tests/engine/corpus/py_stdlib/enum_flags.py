import math
from enum import IntEnum, IntFlag, Flag, Enum, auto

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    def __str__(self):
        return "Shape:" + self.name

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7

print(Shape.CIRCLE.describe(), str(Shape.SQUARE), f"{Shape.SQUARE}", math.sqrt(Shape.SQUARE), Shape.CIRCLE is Shape(1))
print(sorted(Shape, reverse=True), Shape.CIRCLE < Shape.SQUARE, Shape.CIRCLE == Shape.CIRCLE, Shape.CIRCLE != 2)
print(list(Color), Color.WHITE, repr(Color.WHITE), Color.RED | Color.GREEN, repr(Color.RED | Color.BLUE))
print(Color.RED in Color.WHITE, Color.BLUE in (Color.RED | Color.GREEN), bool(Color(0)), repr(Color(0)), str(Color(0)))
print(~Color.RED, repr(~Color.WHITE), Color(3), len(Color.WHITE), list(Color.RED | Color.BLUE), Color.GREEN.value)
print(isinstance(Color.RED, int), [c.name for c in Color], len(Color), Color['BLUE'], format(Color.RED))
try:
    print(Color.RED | 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(Color.RED + Shape.CIRCLE)
except TypeError as e:
    print("TypeError", e)
try:
    print(Shape(5))
except ValueError as e:
    print("ValueError", e)
print(Shape.CIRCLE + Shape.SQUARE, type(Shape.CIRCLE + Shape.SQUARE).__name__, Shape.SQUARE * "ab", [0] * Shape.SQUARE)
d = {Shape.CIRCLE: "c", 2: "two"}
print(d[1], d[Shape.SQUARE], 1 in d, Shape.SQUARE in d, hash(Shape.SQUARE))
print("%d %s %r %5.1f %x" % (Shape.SQUARE, Shape.SQUARE, Shape.SQUARE, Shape.SQUARE, Shape.SQUARE))
class P(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(list(P), P.A | P.C, P(5), P.B & 3, P.A ^ P.B ^ P.C, P(0) == 0, P.A < P.C)
print("{:>4}|{:04d}|{!r}".format(P.C, P.C, P.C), max(P.A, P.B), divmod(P.C, 3), abs(-P.C), P.C.bit_length())
import numpy as np
a = np.arange(6)
print(a[Shape.SQUARE], a[Shape.CIRCLE:Shape.SQUARE + 2], np.array([Shape.CIRCLE, 2.5]), np.int64(Shape.SQUARE) + 1, Shape.SQUARE * np.float64(1.5))
print(a + Shape.SQUARE, Shape.SQUARE + a, np.full(2, Shape.CIRCLE), np.array([P.A, P.B]).dtype)
