try:
    print(undefined_variable)
except Exception as e:
    print(type(e).__name__, e)
