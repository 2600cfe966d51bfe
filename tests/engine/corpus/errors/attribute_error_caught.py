import numpy as np
class A:
    pass
for f in [lambda: A().x, lambda: "s".foo(), lambda: [].push(1), lambda: np.arange(3).foo, lambda: np.nonexistent, lambda: None.x, lambda: (1).x]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
