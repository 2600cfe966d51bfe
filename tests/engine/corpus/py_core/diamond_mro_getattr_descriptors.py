class Base:
    def __init__(self):
        print("Base init")
        self.trace = ["Base"]
    def describe(self):
        return "Base"
class Logger(Base):
    def __init__(self):
        super().__init__()
        print("Logger init")
        self.trace.append("Logger")
    def describe(self):
        return "Logger>" + super().describe()
class Saver(Base):
    def __init__(self):
        super().__init__()
        print("Saver init")
        self.trace.append("Saver")
    def describe(self):
        return "Saver>" + super().describe()
class Trainer(Logger, Saver):
    def __init__(self):
        super().__init__()
        self.trace.append("Trainer")
    def describe(self):
        return "Trainer>" + super().describe()
t = Trainer()
print(t.trace, t.describe(), [c.__name__ for c in Trainer.__mro__])
class Config:
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(f"config has no '{name}'") from None
    def __setattr__(self, name, value):
        if name != "_d" and hasattr(self, "_d") and name not in self._d:
            raise AttributeError(f"unknown option {name!r}")
        super().__setattr__(name, value)
c = Config(lr=0.1, epochs=3)
print(c.lr, c.epochs, getattr(c, "momentum", 0.9))
try:
    c.momentum
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.batch = 32
except AttributeError as e:
    print("AttributeError:", e)
class Meters:
    def __init__(self):
        self.sum = 0.0
        self.n = 0
    def __get__(self, obj, objtype=None):
        return self if obj is None else (self.sum / self.n if self.n else 0.0)
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)
class Opt:
    lr = Positive()
    def __init__(self, lr):
        self.lr = lr
o = Opt(0.1)
print(o.lr, vars(o))
try:
    o.lr = -1
except ValueError as e:
    print("ValueError:", e)
