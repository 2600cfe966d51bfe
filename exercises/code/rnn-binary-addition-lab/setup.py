# Inputs for the activation-derivative checks of the binary addition lab. SEED is set by the grader.
# (The lab's own training uses np.random.seed in the learner's program.)
import numpy as np

rng = np.random.RandomState(SEED)
u_check = rng.uniform(-3, 3, size=(4, 5)) + 0.01   # pre-activations, never exactly 0
