counter = 0

def bump():
    global counter
    counter += 1

for _ in range(5):
    bump()
print(counter)

def read_global():
    return counter * 2

print(read_global())

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner()
    inner()
    return x

print(outer())

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def make():
    global created
    created = "yes"

make()
print(created)
