# __slots__: no __dict__, only slot names can be set (class attributes are read-only), subclasses extending
# slots or getting a __dict__ back, slots next to __dict__, deleting and re-setting a slot.
class Point:
    __slots__ = ("x", "y")
    kind = "pt"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, "__dict__"))
for name in ["z", "kind"]:
    try:
        setattr(p, name, 3)
    except AttributeError as e:
        print(e)
try:
    vars(p)
except TypeError as e:
    print(e)
class P3(Point):
    __slots__ = "z"
q = P3(1, 2)
q.z = 5
print(q.z, q.x, P3.__slots__)
try:
    q.w = 1
except AttributeError as e:
    print(e)
class Loose(Point):
    pass
l = Loose(1, 2)
l.w = 9
print(l.w, l.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.b = 2; w.a = 1
print(w.b, w.__dict__)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
p.x = 7
print(p.x)
class NoSlotBase: pass
class S(NoSlotBase):
    __slots__ = ()
s = S(); s.anything = 1; print(s.anything)
class Empty:
    __slots__ = []
try:
    Empty().a = 1
except AttributeError as e:
    print(e)
