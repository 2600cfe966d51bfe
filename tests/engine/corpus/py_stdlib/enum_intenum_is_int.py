import enum, json
import numpy as np
from enum import IntEnum, IntFlag, Enum, auto

class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

r = Color.RED
print(isinstance(r, int), isinstance(r, Color), isinstance(r, Enum), type(r))
print(r + 1, r * 2, 10 - r, r / 2, r // 1, -r, abs(r), ~r, r ** 2, r << 2, r & 3, r | 4)
print(type(r + 1), type(-r), type(r | 4))
print(r == 1, r < 2, r >= Color.GREEN, 1 == r, r != 1, Color.BLUE > 2.5)
print(["a", "b", "c", "d"][r], "abcd"[Color.BLUE])
print(int(r), float(r), type(int(r)), bool(r), round(r), hex(r), bin(r), oct(r))
print(f"{r}", f"{r:d}", f"{r:>5}", f"{r!r}", f"{r!s}", "%d" % r, "%s" % r, "%r" % r, "{}".format(r))
print(str(r), repr(r), format(r), format(r, "03d"))
print(json.dumps(r), json.dumps({"c": Color.GREEN}), json.dumps([Color.BLUE, 1]))
print(hash(r) == hash(1), {1: "one"}[r], {r: "x"}[1], {r: "x"}, {1, r}, r in [1, 2], 1 in [r])
print(np.array([r]).dtype, np.array([r, Color.GREEN]), np.array(r), np.arange(5)[r], np.zeros(Color.BLUE))
print(sum([Color.RED, Color.GREEN]), max(Color), min(Color.RED, 0), sorted([Color.BLUE, 0, Color.RED]))
print(list(range(Color.BLUE)), divmod(Color.BLUE, 2), pow(Color.GREEN, 3), r.real, r.bit_length(), r.numerator)
print(Color(2), Color["BLUE"], list(Color), len(Color), r.name, r.value, type(r.value))
print(int.__add__(r, 1), (5).__add__(r), r.__add__(2))
# IntFlag
p = Perm.R | Perm.W
print(p, repr(p), isinstance(p, int), int(p), p & Perm.R, Perm.R in p, Perm.X in p, bool(p & Perm.X))
print(Perm.R, repr(Perm.R), f"{Perm.R}", format(Perm.W, "d"), Perm.R + 1, Perm(6), Perm(7), repr(Perm(0)), Perm(0))
print(json.dumps(p), list(Perm), ~Perm.R, repr(~Perm.R), Perm.R ^ Perm.W, type(Perm.R ^ 1), Perm.R | 8)
print(repr(Perm.R | 8))
class Num(IntEnum):
    ONE = auto()
    TWO = auto()
print(list(Num), Num.TWO + 0)
