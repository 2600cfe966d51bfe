grid = [[0] * 3 for _ in range(2)]
row = grid[0]
row[1] = 5
print(grid)
g2 = [r[:] for r in grid]
g2[1][2] = 7
print(grid, g2)
flat = sum(grid, [])
print(flat)
