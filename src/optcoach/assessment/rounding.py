"""Round the way the reference's worked examples do: halves go up, never to the even neighbour."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def round_half_up(value: float, digits: int = 0) -> float:
    """Return ``value`` rounded to ``digits`` decimals with halves rounded away from zero.

    Python's ``round`` sends 190.5 to 190; the reference rounds HRmax 190.5 to 191. The value
    goes through its shortest decimal form first, so 0.125 rounds as written, not as stored.
    """
    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def round_bpm(value: float) -> int:
    """Return a heart rate in whole beats per minute, halves rounded up."""
    return int(round_half_up(value))
