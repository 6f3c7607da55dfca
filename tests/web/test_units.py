import pytest

from optcoach.web.units import format_load, from_display, to_display


@pytest.mark.parametrize(
    ("kg", "units", "lb", "shown"),
    [
        (10.0, "metric", None, "10 kg"),
        (10.2, "metric", None, "10 kg"),
        (10.3, "metric", None, "10.5 kg"),
        (10.0, "imperial", None, "22 lb"),
        (10.0, "imperial", 25.0, "25 lb"),
        (None, "metric", 22.0, "10 kg"),
        (None, "metric", None, ""),
    ],
)
def test_it_formats_loads_in_the_clients_units(
    kg: float | None, units: str, lb: float | None, shown: str
) -> None:
    assert format_load(kg, units, lb) == shown


def test_it_converts_typed_values_both_ways() -> None:
    assert from_display(22.5, "imperial") == 10.206
    assert from_display(22.5, "metric") == 22.5
    assert to_display(10.206, "imperial") == 22.5
    assert to_display(None, "metric") is None
