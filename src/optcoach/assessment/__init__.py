"""Assessment: intake (PAR-Q+), vitals, body composition, cardio, movement screens, performance."""
