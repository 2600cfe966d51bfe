x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.a = 1
del o.a
print(hasattr(o, "a"))
