"""optcoach: NASM's Optimum Performance Training model as a program-design engine."""

__version__ = "0.1.0"
