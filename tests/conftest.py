"""Suite-wide test settings.

Hypothesis runs derandomized with no example database, so every run of the suite (locally and in
CI) draws the same examples: a failure is reproducible, never a matter of luck. No deadline: the
2-core CI machine is shared and timing is measured by bench/, not by tests.
"""

from hypothesis import settings

settings.register_profile("optcoach", derandomize=True, database=None, deadline=None)
settings.load_profile("optcoach")
