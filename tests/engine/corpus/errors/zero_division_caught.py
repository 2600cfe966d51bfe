for expr in ["1/0", "1//0", "5%0", "1.5/0"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
