class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

a = Counter(); b = Counter(); c = Counter()
print(a.id, b.id, c.id, Counter.instances, a.instances)
a.instances = 100
print(a.instances, Counter.instances, b.instances)

class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __repr__(self):
        return f"Box({self.items!r})"
    def __str__(self):
        return "Box of " + str(len(self)) + " items"

b = Box("abc")
print(len(b), b[0], b[-1], "b" in b, "z" in b)
print(b)
print(repr(b))
print([b])
for x in b:
    print(x, end=" ")
print()
