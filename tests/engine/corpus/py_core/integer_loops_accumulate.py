total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
acc = []
n = 1
while len(acc) < 10:
    n *= 2
    if n % 3 == 1:
        acc.append(n)
print(acc)
grid = [[i * 4 + j for j in range(4)] for i in range(4)]
print(sum(grid[i][i] for i in range(4)), sum(grid[i][3 - i] for i in range(4)))
print([row[::-1] for row in grid[::-1]][0])
