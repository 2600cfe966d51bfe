from enum import Flag, IntFlag, Enum, IntEnum, auto
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0
class P(IntFlag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
class N(Enum):
    A = auto()
    B = auto()
    C = A + 10
    D = auto()
class I(IntEnum):
    ONE = auto()
    TWO = ONE * 2
    THREE = auto()
print(list(Color), Color.WHITE, repr(Color.WHITE), Color.NONE, repr(Color.NONE), Color.RED in Color.WHITE, len(Color))
print(list(P), P.RWX, repr(P.RWX), repr(P.R | P.W), P.RWX & ~P.W, repr(~P.RWX))
print(list(N), [m.value for m in N], list(I), I.TWO, I(2) is I.TWO)
print(Color.__members__.keys() if False else list(Color.__members__), repr(Color(7)), Color(7) is Color.WHITE)
