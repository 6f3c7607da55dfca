"""The conformance checker: an independent oracle over any program, generated or hand-edited."""
