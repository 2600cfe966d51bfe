import numpy as np
ages = np.array(['21', '34', 'unknown'])
print(ages)
print(ages.astype(float))
