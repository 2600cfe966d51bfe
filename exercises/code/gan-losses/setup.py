# Seeded discriminator logits for the GAN losses exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
N = [6, 4, 9][SEED % 3]
logits_real = rng.uniform(-0.5, 3.0, N)     # D(x) mostly above 0.5
logits_fake = rng.uniform(-3.5, 0.8, N)     # D(G(z)) mostly below 0.5: an early, winning discriminator
