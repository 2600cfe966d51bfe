try:
    import os
    print("os imported")
except ImportError as e:
    print(type(e).__name__, e)
try:
    import torch
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from os import path
except ImportError as e:
    print(type(e).__name__, e)
import numpy as np
print("numpy ok", np.__name__)
