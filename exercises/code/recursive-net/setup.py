# Seeded inputs for the recursive network exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
H = 3 + SEED                                  # size of every node's vector
W = rng.standard_normal((H, 2 * H)) * 0.8     # [left; right] -> parent
leaves = [rng.standard_normal(H) for _ in range(5)]
# A tree is a leaf vector or a dict {'left': subtree, 'right': subtree}.
tree = {'left': leaves[0], 'right': {'left': leaves[1], 'right': leaves[2]}}
deep_tree = {'left': {'left': {'left': leaves[3], 'right': leaves[0]}, 'right': leaves[4]}, 'right': leaves[2]}
