# corpus: traceback
import numpy as np

val_losses = [np.nan, np.nan]
print(np.nanmax(val_losses))
print(np.nanmin(np.array(val_losses)))
print(np.nanmax([[np.nan, 1.0], [np.nan, 2.0]], axis=0))
