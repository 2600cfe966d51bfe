# corpus: traceback
e = ValueError("x")
for i in range(2):
    try:
        raise e
    except ValueError:
        pass
raise e
