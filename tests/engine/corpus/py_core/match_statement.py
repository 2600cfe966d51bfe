# The match statement: literal, capture, wildcard, or/as, sequence (with *rest), mapping (with **rest) and class patterns (__match_args__, keywords, builtins matching themselves), guards; match as a plain name.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y at {yy}"
        case Point(xx, 0):
            return f"on x at {xx}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case int(n) | float(n):
            return f"number {n}"
        case [Point(), *others]:
            return f"points + {len(others)}"
        case {"cmd": "go", "dir": ("n" | "s") as d, **extra}:
            return f"go {d} {extra}"
        case (a, b, *_):
            return f"seq {a} {b}"
        case None:
            return "none"
        case str() if p.startswith("x"):
            return "x-string"
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 2, 7, 1.5, True, [Point(1, 1), 1, 2], {"cmd": "go", "dir": "s", "v": 1}, (1, 2, 3), "xy", None, "abc", [1], {"cmd": "go", "dir": "e"}]:
    print(where(v))
match = 5
print(match)
def cmd(command):
    match command.split():
        case [action]:
            return ("single", action)
        case [action, obj]:
            return ("pair", action, obj)
        case ["go", *rest]:
            return ("go", rest)
    return None
print(cmd("look"), cmd("get lamp"), cmd("go a b c"), cmd(""))
import math
match 3.141592653589793:
    case math.pi:
        print("pi")
class A: pass
try:
    match A():
        case A(1):
            pass
except TypeError as e:
    print(e)
