# corpus: traceback
import numpy as np

history = {"val_loss": []}
best = np.inf
for epoch, losses in enumerate([np.array([0.9, 0.8]), np.array([0.7, 0.75])]):
    history["val_loss"].append(losses)
    print(epoch, losses.mean())
    if losses < best:
        best = losses
