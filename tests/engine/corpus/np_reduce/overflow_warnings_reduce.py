import warnings
import numpy as np


def t(label, f):
    # the result (or the error) and the warnings it gave, each shown
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
    print(label, repr(r), [f"{x.category.__name__}: {x.message}" for x in w])


a = np.array([1e308, 1e308])
b = np.array([1e200, 1e200])
m = np.array([[1e308, 1.0], [1e308, 2.0]])
t("sum", lambda: a.sum())
t("np.sum", lambda: np.sum(a))
t("sum axis0", lambda: m.sum(axis=0))
t("sum axis1", lambda: m.sum(axis=1))
t("mean", lambda: a.mean())
t("prod", lambda: a.prod())
t("add.reduce", lambda: np.add.reduce(a))
t("multiply.reduce", lambda: np.multiply.reduce(b))
t("cumsum", lambda: a.cumsum())
t("cumprod", lambda: b.cumprod())
t("add.accumulate", lambda: np.add.accumulate(a))
t("inf sum", lambda: np.array([np.inf, 1.0]).sum())
t("inf-inf sum", lambda: np.array([np.inf, -np.inf]).sum())
t("nan sum", lambda: np.array([np.nan, 1.0]).sum())
t("f32 sum", lambda: np.array([3e38, 3e38], dtype=np.float32).sum())
t("f32 sum axis", lambda: np.array([[3e38, 3e38]], dtype=np.float32).sum(axis=1))
t("f16 prod", lambda: np.array([300, 300], dtype=np.float16).prod())
t("f16 prod axis", lambda: np.array([[300, 300]], dtype=np.float16).prod(axis=1))
t("f16 sum", lambda: np.array([60000, 60000], dtype=np.float16).sum())
t("f16 cumprod", lambda: np.array([300, 300], dtype=np.float16).cumprod())
t("int sum", lambda: np.array([2**62, 2**62]).sum())
t("var", lambda: a.var())
t("std", lambda: b.std())
t("nansum", lambda: np.nansum(a))
t("max", lambda: np.array([np.inf, np.nan]).max())
def raising(label, kind, f):
    with np.errstate(**{kind: 'raise'}):
        t(label, f)
raising("raise over sum", "over", lambda: a.sum())
raising("raise over sum axis", "over", lambda: m.sum(axis=0))
raising("raise over prod", "over", lambda: b.prod())
raising("raise over mean", "over", lambda: a.mean())
raising("raise over cumsum", "over", lambda: a.cumsum())
raising("raise invalid inf-inf", "invalid", lambda: np.array([np.inf, -np.inf]).sum())
with np.errstate(all="ignore"):
    t("ignore", lambda: (a.sum(), a.cumsum(), np.array([np.inf, -np.inf]).sum()))
