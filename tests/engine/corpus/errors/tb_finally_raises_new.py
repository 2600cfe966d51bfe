# corpus: traceback
def cleanup():
    raise OSError("disk full")


def save(data):
    try:
        return data["weights"]
    finally:
        cleanup()


save({})
