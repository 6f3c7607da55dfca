"""Planning: goal routes, periodization, session building, exercise selection, loads, time."""
