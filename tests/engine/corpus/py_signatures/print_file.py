# print(file=obj, flush=True) to a Python file object: one write per item, separator and end, then flush()
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
class F:
    def __init__(self): self.buf = []; self.flushed = 0
    def write(self, s): self.buf.append(s); return len(s)
    def flush(self): self.flushed += 1
f = F()
t("print file", lambda: [print("a", 1, file=f, sep="-", end="!"), print(file=f, flush=True), f.buf, f.flushed][2:])
t("print file nowrite", lambda: print("x", file=1))
t("print flush false", lambda: [print("y", file=f, flush=False), f.flushed][1])
