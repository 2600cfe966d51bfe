# corpus: traceback
try:
    try:
        {}["a"]
    finally:
        print("finally")
except IndexError:
    pass
