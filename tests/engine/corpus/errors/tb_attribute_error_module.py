# corpus: traceback
import math

print(math.sqrt(2.0))
print(math.sqr(2.0))
