# json.dumps of np.float32 values: TypeError (no traceback recording: CPython's shows the json package's own frames)
import json
import numpy as np
history = {"loss": [np.float32(0.5), np.float32(0.25)]}
print(len(history["loss"]))
print(json.dumps(history))
