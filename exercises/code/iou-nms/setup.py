# Seeded boxes for the IoU / NMS exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
M = [7, 9, 8][SEED % 3]
threshold = [0.5, 0.3, 0.6][SEED % 3]
# boxes [x1, y1, x2, y2] around three object centres, of different widths and heights
centres = rng.uniform(10.0, 60.0, (3, 2))
c = centres[np.arange(M) % 3] + rng.uniform(-4.0, 4.0, (M, 2))
wh = rng.uniform(8.0, 20.0, (M, 2))
boxes = np.concatenate([c - wh / 2, c + wh / 2], axis=1)
# box 1 lies below-left of box 0 without touching it: both overlaps are negative
boxes[1] = boxes[0] - np.array([30.0, 35.0, 30.0, 35.0]) - np.array([0.0, 0.0, 1.0, 2.0])
scores = rng.uniform(0.05, 0.99, M)
