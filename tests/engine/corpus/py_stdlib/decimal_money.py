# decimal: an invoice and a savings plan with exact cents (quantize, ROUND_HALF_UP, sums, formatting)
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

CENT = Decimal("0.01")
items = [("notebook", Decimal("3.45"), 4), ("pen", Decimal("1.10"), 10), ("bag", Decimal("24.99"), 1)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = price * qty
    subtotal += line
    print(f"{name:<10}{qty:>3} x {price:>6} = {line:>8}")
tax = (subtotal * Decimal("0.10")).quantize(CENT, rounding=ROUND_HALF_UP)
print("subtotal", subtotal, "tax", tax, "total", subtotal + tax)
print(f"{subtotal + tax:,.2f}", repr(tax), tax.as_tuple())

balance = Decimal("1000")
rate = Decimal("0.035")
for month in range(1, 13):
    interest = (balance * rate / 12).quantize(CENT, rounding=ROUND_DOWN)
    balance += interest
    if month % 4 == 0:
        print(month, interest, balance)
print(0.1 + 0.2 == 0.3, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal(0.1), Decimal("1") / Decimal("3"), getcontext().prec)
shares = [Decimal(100) / 3] * 3
print(sum(shares), sum(s.quantize(CENT) for s in shares))
print(round(Decimal("2.675"), 2), round(2.675, 2), int(Decimal("-7.9")), float(Decimal("1.25")))
