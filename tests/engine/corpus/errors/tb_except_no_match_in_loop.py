# corpus: traceback
def risky(i):
    return 10 // i


results = []
for i in [2, 1, 0]:
    try:
        results.append(risky(i))
    except ValueError:
        results.append(None)
    else:
        print("ok", i)
