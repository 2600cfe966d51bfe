# Seeded sizes for the positional encoding exercise. SEED is set by the grader for each test.
import numpy as np

T, d_model = [(7, 6), (4, 10), (9, 8), (12, 4)][SEED % 4]     # T != d_model on every seed
