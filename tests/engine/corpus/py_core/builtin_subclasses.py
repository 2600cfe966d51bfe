# Subclassing dict and list (super() calls, overridden __setitem__/__repr__/__missing__, extra methods and attributes); obj.__dict__ and vars().
class Config(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.frozen = False
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
c = Config(lr=0.1, epochs=3)
print(c, c.lr, len(c), isinstance(c, dict), c["epochs"])
c["x"] = 5
print(sorted(c.keys()), c.get("x"), "lr" in c)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__)
print(Stack.__mro__)
class DD(dict):
    def __missing__(self, k):
        return k * 2
d = DD(a=1)
print(d["a"], d["zz"], d)
class Reg(dict):
    def __repr__(self):
        return "Reg" + super().__repr__()
r = Reg({"x": 1})
print(r, str(r), [r])
r.note = "hi"
print(r.note, vars(r), r.__dict__)

print(dict(c), sorted(Stack([3, 1, 2])), list(Stack("ab")), Stack() == [])
s2 = Stack([5])
print(s2 + [1], type(s2 + [1]).__name__, s2 * 2)
class Cfg:
    def __init__(self, **kw):
        self.__dict__.update(kw)
cfg = Cfg(lr=0.01, batch=32)
print(cfg.lr, cfg.batch, vars(cfg))
try:
    vars(5)
except TypeError as e:
    print(e)
print(issubclass(Config, dict), Config.__name__, type(c) is Config, isinstance(s, list))
