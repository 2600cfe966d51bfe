class C:
    a = 1
    def m(self):
        return "m"
c = C()
print(hasattr(c, "a"), hasattr(c, "b"), hasattr(c, "m"), hasattr([], "append"), hasattr(1, "real"))
print(getattr(c, "a"), getattr(c, "b", "dflt"), getattr(c, "m")(), getattr("abc", "upper")())
setattr(c, "b", 2)
print(c.b, callable(c.m), callable(c), callable(C))
try:
    getattr(c, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
delattr(c, "b")
print(hasattr(c, "b"))
