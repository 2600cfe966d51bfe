# corpus: traceback
def check_grad(numerical, analytic):
    diff = abs(numerical - analytic)
    assert diff < 1e-7, f"gradient check failed: {diff:.3e}"
    return diff


print(check_grad(0.5, 0.5))
check_grad(0.5, 0.25)
