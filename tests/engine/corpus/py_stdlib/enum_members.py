# enum: Enum/IntEnum/auto/unique members, aliases, lookups, iteration, reprs, tuple values with __init__
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = auto()
    BLUE = 'b'
    CRIMSON = 1
    def describe(self): return self.name.lower()
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.value, Color.GREEN.value, Color.RED.describe(), Color, type(Color.RED), isinstance(Color.RED, Color), f'{Color.BLUE}', Color.RED == 1, Color.RED == Color.RED, {Color.RED: 1}[Color.RED])
print(Color.RED in Color, list(Color.__members__), Color.RED.name)
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, N(2), sorted([N.TWO, N.ONE]), N.ONE < N.TWO, [1, 2, 3][N.ONE], f'{N.TWO}', int(N.TWO), str(N.ONE), {1: 'one'}[N.ONE])
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.Y.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
for c in Color: print(c.name, c.value)
