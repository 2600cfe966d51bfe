def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Alice"))
print(greet("Bob", "Hi"))
print(greet("Carol", punct="?"))
print(greet(greeting="Yo", name="Dan"))

def append_to(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(append_to(1), append_to(2))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc

print(mutable_default(1))
print(mutable_default(2))
