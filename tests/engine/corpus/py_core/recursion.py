def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)

print(fact(10), fact(25))
print([fib(i) for i in range(15)])
m = []
hanoi(4, "A", "B", "C", m)
print(len(m), m[:5])

def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
