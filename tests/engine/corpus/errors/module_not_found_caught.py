for name in ["os", "sys_not_here", "torch"]:
    try:
        __import__(name) if name != "os" else exec("import os")
        print(name, "imported")
    except ImportError as e:
        print(type(e).__name__, e)
