for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
print()

for i in range(3):
    pass
else:
    print("for-else ran", i)

for i in range(5):
    if i == 3:
        break
else:
    print("not printed")
print("broke at", i)

n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while-else", n)

k = 10
while True:
    k -= 3
    if k < 0:
        break
print("k", k)

for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end="")
print()
