import datetime as dt

from optcoach.web.progress.charts import Chart, Series, render_svg

DAY = dt.date(2027, 1, 4)


def test_it_places_points_on_round_ticks() -> None:
    chart = Chart(
        "Weight", "kg", (Series("weight", [(DAY, 80.0), (DAY + dt.timedelta(28), 78.0)]),)
    )
    svg = str(render_svg(chart))
    assert '<polyline points="40.0,12.0 406.0,190.0"' in svg
    ticks = [part.split("<")[0] for part in svg.split('class="tick">')[1:]]
    assert ticks == [
        "78",
        "78.5",
        "79",
        "79.5",
        "80",
        "04 Jan 27",
        "01 Feb 27",
    ]


def test_it_escapes_labels() -> None:
    chart = Chart("<b>", "u", (Series("<i>", [(DAY, 1.0)]),))
    svg = str(render_svg(chart))
    assert "<b>" not in svg and "<i>" not in svg
    assert 'aria-label="&lt;b&gt;"' in svg


def test_it_says_when_there_is_no_data() -> None:
    chart = Chart("Empty", "", (Series("x"),))
    assert chart.is_empty is True
    assert "No data yet" in str(render_svg(chart))
