import numpy as np
grid = np.zeros((5, 5), dtype=int)
grid[1:4, 1:4] = 1
grid[2, 2] = 2
grid[0, :] = grid[-1, :] = 9
print(grid)
print(grid[::2, ::2], grid.diagonal(), np.fliplr(grid).diagonal())
r, c = np.where(grid == 2)
print(r, c, grid[r, c])
