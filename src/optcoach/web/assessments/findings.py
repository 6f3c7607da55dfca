"""Call the engine's assessment on a stored client plus new measurements."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from optcoach.assessment import assess
from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.vocab import DEFAULT_RULESET, Ruleset
from optcoach.web.clients.models import Client


class FindingsError(ValueError):
    """The intake and the measurements together do not make a valid engine client."""


def ruleset_of(client: Client) -> Ruleset:
    ruleset = client.intake.get("ruleset") if client.intake else None
    return ruleset if ruleset in ("cpt7", "cpt6") else DEFAULT_RULESET


def previous_input(client: Client, measurements: AssessmentInput) -> AssessmentInput | None:
    """Return the client's latest assessment taken before ``measurements`` (for the deltas)."""
    earlier = client.assessments.all()
    if measurements.date is not None:
        earlier = earlier.filter(date__lt=measurements.date)
    latest = earlier.first()
    return latest.engine_input() if latest is not None else None


def findings_for(client: Client, measurements: AssessmentInput) -> dict[str, Any]:
    """Return the engine's AssessmentReport as JSON for ``client`` with ``measurements``.

    The previous assessment rides along so the engine can report what changed since.
    Raise FindingsError naming the field when the combination fails the engine's model.
    """
    previous = previous_input(client, measurements)
    if previous is not None:
        measurements = measurements.model_copy(update={"previous": previous})
    try:
        engine_client = client.engine_client(measurements)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "client"
        raise FindingsError(f"{where}: {first.get('msg', 'invalid')}") from None
    report = assess(engine_client, ruleset_of(client))
    return dict(report.model_dump(mode="json", by_alias=True))
